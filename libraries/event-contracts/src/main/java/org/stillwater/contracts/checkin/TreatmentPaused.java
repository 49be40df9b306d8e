package org.stillwater.contracts.checkin;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/** Treatment is on hold: no sessions and no fills until {@code TreatmentResumed}. */
public record TreatmentPaused(
        UUID checkInId,
        UUID patientId,
        String clinicianId,
        Instant pausedAt) implements EventData {
}
