package org.stillwater.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.PartnerEventData;

/** An intake was stored and screened. Carries scores and flag codes, never answers or free text. */
public record IntakeSubmitted(
        UUID intakeId,
        UUID patientId,
        String partnerId,
        String patientState,
        int phq9Total,
        int gad7Total,
        boolean urgent,
        List<String> flagCodes,
        boolean automaticallyRejected,
        Instant submittedAt) implements PartnerEventData {
}
