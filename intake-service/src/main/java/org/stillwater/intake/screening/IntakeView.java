package org.stillwater.intake.screening;

import java.time.Instant;
import java.util.UUID;

/** An intake as the API shows it: the answers were the submitter's; the screening is ours. */
public record IntakeView(
        UUID intakeId,
        UUID patientId,
        Intake.Status status,
        Instant submittedAt,
        IntakeRequest answers,
        ScreeningView screening) {

    public static IntakeView of(Intake intake) {
        return new IntakeView(intake.id, intake.patientId, intake.status, intake.submittedAt, intake.answers, ScreeningView.of(intake));
    }
}
