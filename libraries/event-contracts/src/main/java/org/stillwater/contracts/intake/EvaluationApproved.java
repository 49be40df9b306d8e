package org.stillwater.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.PartnerEventData;

/** A clinician licensed in the patient's state approved treatment under {@code protocol}. */
public record EvaluationApproved(
        UUID evaluationId,
        UUID intakeId,
        UUID patientId,
        String partnerId,
        String patientState,
        String clinicianId,
        String modality,
        Protocol protocol,
        int baselinePhq9,
        int baselineGad7,
        ShippingAddress shippingAddress,
        Instant approvedAt) implements PartnerEventData {
}
