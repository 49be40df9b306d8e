package org.stillwater.edge.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterReason;
import org.stillwater.messaging.deadletter.DeadLetterStatus;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

/** Only an open dead letter is resolved; a replay that fails again is refused naming its new error. */
class DeadLetterResolutionPolicyTest {

    private static final UUID ID = UUID.fromString("3f2b8c1e-0d4a-4e6b-9a7c-5d1e2f3a4b5c");

    private static DeadLetter letter(DeadLetterStatus status, String error) {
        Instant failed = Instant.parse("2026-11-30T12:00:00Z");
        return new DeadLetter(ID, "intake.events", 0, 42, null, null, null, DeadLetterReason.HANDLER_FAILURE, error, failed, failed, 1,
                status, null, null, null, "edge-test.dlq", 0, 7);
    }

    @Test
    void anOpenDeadLetterMayBeReplayedOrDiscarded() {
        assertTrue(DeadLetterResolutionPolicy.refusal(letter(DeadLetterStatus.OPEN, "failed")).isEmpty());
    }

    @Test
    void aReplayedDeadLetterIsAConflict() {
        Refused refused = DeadLetterResolutionPolicy.refusal(letter(DeadLetterStatus.REPLAYED, "failed")).orElseThrow();

        assertEquals(Refused.Kind.CONFLICT, refused.kind());
        assertEquals("dead-letter-not-open", refused.slug());
        assertEquals("dead letter " + ID + " is already REPLAYED", refused.detail());
        assertEquals(List.of(new Refusal("status", "dead-letter-not-open", "only an OPEN dead letter can be replayed or discarded")),
                refused.reasons());
    }

    @Test
    void aDiscardedDeadLetterIsAConflict() {
        Refused refused = DeadLetterResolutionPolicy.refusal(letter(DeadLetterStatus.DISCARDED, "failed")).orElseThrow();

        assertEquals(Refused.Kind.CONFLICT, refused.kind());
        assertEquals("dead letter " + ID + " is already DISCARDED", refused.detail());
    }

    @Test
    void aReplayThatFailedAgainIsRefusedByARuleNamingTheNewError() {
        Refused refused = DeadLetterResolutionPolicy.replayFailedAgain(letter(DeadLetterStatus.OPEN, "the record is not JSON"));

        assertEquals(Refused.Kind.RULE, refused.kind());
        assertEquals("replay-failed", refused.slug());
        assertEquals("the replay failed again; the dead letter stays open: the record is not JSON", refused.detail());
        assertEquals(List.of(new Refusal("deadLetter", "replay-failed", "the record is not JSON")), refused.reasons());
    }
}
