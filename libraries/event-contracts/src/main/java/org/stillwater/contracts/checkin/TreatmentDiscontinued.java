package org.stillwater.contracts.checkin;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/** Treatment ends for good: no further sessions or fills. */
public record TreatmentDiscontinued(
        UUID checkInId,
        UUID patientId,
        String clinicianId,
        Instant discontinuedAt) implements EventData {
}
