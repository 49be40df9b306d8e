package org.stillwater.edge.deadletter;

import java.util.List;
import java.util.Optional;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterStatus;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

/**
 * DESIGN §5 Operations: which dead letters an operator may still resolve (replay or discard), and what a replay
 * that failed again answers. Plain Java: the resources load the dead letter, ask here, and answer what this decides.
 */
public final class DeadLetterResolutionPolicy {

    /** Most dead letters one bulk replay takes: each is handled in the request. */
    public static final int MAX_REPLAY = 100;

    private DeadLetterResolutionPolicy() {
    }

    /**
     * Only an {@link DeadLetterStatus#OPEN OPEN} dead letter is replayed or discarded; a resolved one stays as it was.
     *
     * @return empty when {@code letter} may be resolved, else the 409 {@code dead-letter-not-open}
     */
    public static Optional<Refused> refusal(DeadLetter letter) {
        if (letter.status() == DeadLetterStatus.OPEN) {
            return Optional.empty();
        }
        return Optional.of(Refused.conflict("dead-letter-not-open",
                "dead letter " + letter.deadLetterId() + " is already " + letter.status(),
                new Refusal("status", "dead-letter-not-open", "only an OPEN dead letter can be replayed or discarded")));
    }

    /**
     * A replay whose handling failed again: the 422 {@code replay-failed} naming the new error. The dead letter stays
     * open with one more attempt, so the answer is given, not thrown: the attempt commits.
     *
     * @param stillOpen the dead letter as the failed replay left it
     */
    public static Refused replayFailedAgain(DeadLetter stillOpen) {
        return new Refused(Refused.Kind.RULE, "replay-failed",
                "the replay failed again; the dead letter stays open: " + stillOpen.error(),
                List.of(new Refusal("deadLetter", "replay-failed", stillOpen.error())));
    }
}
