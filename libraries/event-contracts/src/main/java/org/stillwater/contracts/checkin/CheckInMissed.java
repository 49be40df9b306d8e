package org.stillwater.contracts.checkin;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/** A check-in passed its due time without being completed; it stays in the clinician queue. */
public record CheckInMissed(
        UUID checkInId,
        UUID patientId,
        String kind,
        Instant dueAt,
        Instant missedAt) implements EventData {
}
