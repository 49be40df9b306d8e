package org.stillwater.messaging.readmodel;

import java.time.Instant;
import java.util.Objects;

/**
 * The one rule for applying another service's event to a read model this service keeps (the patient record each
 * service builds from {@code EvaluationApproved}, a dose adjustment): the event's time of the fact (its
 * {@code approvedAt}, {@code adjustedAt}, ...) against the time of the fact the record holds.
 *
 * <ul>
 *   <li>{@link #FIRST}: the record holds nothing yet; apply.</li>
 *   <li>{@link #NEWER}: a later fact (a new evaluation); apply, it replaces what was held.</li>
 *   <li>{@link #SAME}: the fact already held, announced again (a redelivery under a new event id, a replay): a
 *       no-op, so a second announcement of one fact can never change what the first one set.</li>
 *   <li>{@link #OLDER}: an earlier fact arriving late: ignored, the newer one stands.</li>
 * </ul>
 *
 * Both times must be at the precision the record is stored at (the services cut them with {@code StoredTime}),
 * or a fact read back from the database would look older than itself. Framework-free.
 */
public enum ReadModelUpdate {
    FIRST,
    NEWER,
    SAME,
    OLDER;

    /**
     * @param incoming the time of the fact the event carries; never null
     * @param held the time of the fact the read model holds, null when it holds none
     */
    public static ReadModelUpdate of(Instant incoming, Instant held) {
        Objects.requireNonNull(incoming, "incoming");
        if (held == null) {
            return FIRST;
        }
        int order = incoming.compareTo(held);
        return order > 0 ? NEWER : order == 0 ? SAME : OLDER;
    }

    /** True when the event's fact is to be written to the read model: {@link #FIRST} or {@link #NEWER}. */
    public boolean applies() {
        return this == FIRST || this == NEWER;
    }

    /** Shorthand for {@code of(incoming, held).applies()}. */
    public static boolean applies(Instant incoming, Instant held) {
        return of(incoming, held).applies();
    }
}
