package org.stillwater.contracts.intake;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.PartnerEventData;

/** Not eligible: either screened out automatically at submission, or rejected by a clinician. */
public record EvaluationRejected(
        @Nullable UUID evaluationId,
        UUID intakeId,
        UUID patientId,
        String partnerId,
        List<String> reasonCodes,
        boolean automatic,
        @Nullable String clinicianId,
        Instant rejectedAt) implements PartnerEventData {
}
