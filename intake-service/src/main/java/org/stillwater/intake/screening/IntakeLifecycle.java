package org.stillwater.intake.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.intake.patient.Patient;
import org.stillwater.regulatory.refusal.Transition;

/**
 * A patient or their partner submits an intake (DESIGN §6, Screening): it is screened at once, kept with its answers
 * and routed by the patient's state of residence. A flag of kind {@link FlagKind#AUTOMATIC_REJECTION} (under 18)
 * rejects it at once, so no clinician is asked to decide it. A submission that passed the request's validation is
 * never refused: it returns the intake to store with the events it causes; storing and publishing are the caller's.
 */
public final class IntakeLifecycle {

    /**
     * What the submission came to.
     *
     * @param intake     the intake to store, with its screening
     * @param transition done with {@code IntakeSubmitted}, then {@code EvaluationRejected} (automatic) when screening
     *                   rejects it
     */
    public record Submitted(Intake intake, Transition<EventData> transition) {
    }

    private IntakeLifecycle() {
    }

    /**
     * @param answers     the questionnaire as submitted, kept with the intake
     * @param input       what screening reads from the answers and the patient
     * @param submittedBy who submits it (the caller's name)
     */
    public static Submitted submit(Patient patient, IntakeRequest answers, ScreeningInput input, String submittedBy, Instant now) {
        ScreeningResult screening = Screening.screen(input, now);
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.patientId = patient.id;
        intake.status = screening.automaticallyRejected() ? Intake.Status.AUTOMATICALLY_REJECTED : Intake.Status.PENDING_EVALUATION;
        intake.submittedAt = now;
        intake.submittedBy = submittedBy;
        intake.phq9Total = screening.phq9().total();
        intake.phq9Severity = screening.phq9().severity().name();
        intake.gad7Total = screening.gad7().total();
        intake.gad7Severity = screening.gad7().severity().name();
        intake.bpSystolic = input.systolic();
        intake.bpDiastolic = input.diastolic();
        intake.answers = answers;
        intake.flags = screening.flags();
        intake.urgent = screening.urgent();
        intake.patientState = patient.stateOfResidence;

        List<String> flagCodes = screening.flags().stream().map(flag -> flag.code().name()).toList();
        List<EventData> events = new ArrayList<>(List.of(new IntakeSubmitted(intake.id, patient.id, patient.partnerId,
                patient.stateOfResidence, intake.phq9Total, intake.gad7Total, intake.urgent, flagCodes, screening.automaticallyRejected(),
                intake.submittedAt)));
        if (screening.automaticallyRejected()) {
            List<String> reasons = screening.codes(FlagKind.AUTOMATIC_REJECTION).stream().map(Enum::name).sorted().toList();
            events.add(new EvaluationRejected(null, intake.id, patient.id, patient.partnerId, reasons, true, null, intake.submittedAt));
        }
        return new Submitted(intake, Transition.done(events));
    }
}
