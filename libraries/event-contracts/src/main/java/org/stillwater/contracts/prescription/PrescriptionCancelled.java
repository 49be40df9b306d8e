package org.stillwater.contracts.prescription;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/** No further fills of this prescription. Reason: SUPERSEDED, CANCELLED_BY_CLINICIAN or TREATMENT_DISCONTINUED. */
public record PrescriptionCancelled(
        UUID prescriptionId,
        UUID patientId,
        String reason,
        @Nullable UUID supersededByPrescriptionId,
        Instant cancelledAt) implements EventData {
}
