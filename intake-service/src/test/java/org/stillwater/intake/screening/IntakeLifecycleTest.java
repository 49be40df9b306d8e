package org.stillwater.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.edge.validation.BloodPressureReading;
import org.stillwater.intake.patient.Patient;

class IntakeLifecycleTest {

    /** Noon in California, where the patient lives. */
    private static final Instant NOW = Instant.parse("2026-11-26T20:00:00Z");
    private static final List<Integer> PHQ9 = List.of(2, 2, 2, 2, 2, 2, 1, 1, 0);
    private static final List<Integer> GAD7 = List.of(2, 2, 1, 1, 1, 1, 1);

    private static Patient patient(LocalDate born) {
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        patient.partnerId = "acme";
        patient.dateOfBirth = born;
        patient.stateOfResidence = "CA";
        return patient;
    }

    private static IntakeRequest answers(List<Integer> phq9, List<Condition> conditions) {
        return new IntakeRequest(phq9, GAD7, new BloodPressureReading(124, 80), conditions, null, List.of(), false, List.of(), false,
                new IntakeRequest.SubstanceUse(false, 2, false, null), new IntakeRequest.Sitter("Sam", true));
    }

    private static IntakeLifecycle.Submitted submit(Patient patient, IntakeRequest answers) {
        return IntakeLifecycle.submit(patient, answers, answers.screeningInput(patient.dateOfBirth, patient.stateOfResidence), "acme", NOW);
    }

    @Test
    void aSubmittedIntakeAwaitsEvaluationWithItsScreeningAndAnnouncesIntakeSubmitted() {
        Patient patient = patient(LocalDate.of(1990, 1, 1));
        IntakeRequest answers = answers(PHQ9, List.of(Condition.PSYCHOTIC_DISORDER));

        IntakeLifecycle.Submitted submitted = submit(patient, answers);

        Intake intake = submitted.intake();
        assertEquals(Intake.Status.PENDING_EVALUATION, intake.status);
        assertEquals(patient.id, intake.patientId);
        assertEquals("CA", intake.patientState);
        assertEquals(14, intake.phq9Total);
        assertEquals(9, intake.gad7Total);
        assertEquals(124, intake.bpSystolic);
        assertEquals(80, intake.bpDiastolic);
        assertSame(answers, intake.answers);
        assertEquals("acme", intake.submittedBy);
        assertEquals(List.<EventData>of(new IntakeSubmitted(intake.id, patient.id, "acme", "CA", 14, 9, false,
                List.of("PSYCHOTIC_DISORDER"), false, NOW)), submitted.transition().events());
    }

    @Test
    void anIntakeOfSomeoneUnder18IsRejectedAtOnceAnnouncingIntakeSubmittedThenEvaluationRejected() {
        Patient patient = patient(LocalDate.of(2026 - 18, 11, 27));

        IntakeLifecycle.Submitted submitted = submit(patient, answers(PHQ9, List.of()));

        Intake intake = submitted.intake();
        assertEquals(Intake.Status.AUTOMATICALLY_REJECTED, intake.status);
        assertEquals(List.<EventData>of(
                new IntakeSubmitted(intake.id, patient.id, "acme", "CA", 14, 9, false, List.of("UNDER_18"), true, NOW),
                new EvaluationRejected(null, intake.id, patient.id, "acme", List.of("UNDER_18"), true, null, NOW)),
                submitted.transition().events());
    }

    @Test
    void selfHarmThoughtsMarkTheIntakeUrgentAndItStillAwaitsEvaluation() {
        Patient patient = patient(LocalDate.of(1990, 1, 1));

        IntakeLifecycle.Submitted submitted = submit(patient, answers(List.of(2, 2, 2, 2, 2, 2, 1, 1, 1), List.of()));

        Intake intake = submitted.intake();
        assertTrue(intake.urgent);
        assertEquals(Intake.Status.PENDING_EVALUATION, intake.status);
        assertEquals(List.<EventData>of(new IntakeSubmitted(intake.id, patient.id, "acme", "CA", 15, 9, true,
                List.of("SELF_HARM_THOUGHTS"), false, NOW)), submitted.transition().events());
    }
}
