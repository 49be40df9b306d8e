package org.stillwater.intake.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.intake.screening.Flag;
import org.stillwater.intake.screening.Intake;

/** A pending intake in a clinician's evaluation queue. */
public record QueueEntry(
        UUID intakeId,
        UUID patientId,
        String patientState,
        Instant submittedAt,
        boolean urgent,
        int phq9Total,
        int gad7Total,
        List<Flag> flags) {

    static QueueEntry of(Intake intake) {
        return new QueueEntry(intake.id, intake.patientId, intake.patientState, intake.submittedAt, intake.urgent,
                intake.phq9Total, intake.gad7Total, intake.flags);
    }
}
