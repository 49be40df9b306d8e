package org.stillwater.checkin.schedule;

import java.time.Instant;
import java.util.UUID;

/**
 * A check-in the rules ask for.
 *
 * @param triggerKey         the id of what caused it (evaluation, session, adverse event...): one check-in of a kind per key
 * @param windowOpensAt      the earliest it may be held (FOLLOW_UP), else null
 * @param holdAdverseEventId the adverse event whose hold completing this check-in lifts, else null
 */
public record PlannedCheckIn(CheckInKind kind, Trigger trigger, UUID triggerKey, Instant windowOpensAt, Instant dueAt,
                             UUID holdAdverseEventId) {

    static PlannedCheckIn due(CheckInKind kind, Trigger trigger, UUID triggerKey, Instant dueAt) {
        return new PlannedCheckIn(kind, trigger, triggerKey, null, dueAt, null);
    }
}
