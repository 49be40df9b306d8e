package org.stillwater.contracts.checkin;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/** A pause ends; when resumed by an URGENT check-in, {@code liftsAdverseEventHold} names the hold lifted too. */
public record TreatmentResumed(
        UUID checkInId,
        UUID patientId,
        String clinicianId,
        @Nullable UUID liftsAdverseEventHold,
        Instant resumedAt) implements EventData {
}
