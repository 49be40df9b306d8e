package org.stillwater.intake.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.screening.Flag;
import org.stillwater.intake.screening.FlagCode;
import org.stillwater.intake.screening.Intake;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

class EvaluationLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T18:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate FLEXIBILITY_UNTIL = LocalDate.of(2026, 12, 31);
    private static final Protocol PROTOCOL = new Protocol(100, 72, false, 140, 90);
    private static final EvaluationLifecycle.Clinician LICENSED = new EvaluationLifecycle.Clinician("dr.california", "1234567893", true);

    private static Patient patient() {
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        patient.partnerId = "acme";
        patient.givenName = "Alex";
        patient.familyName = "Example";
        patient.stateOfResidence = "CA";
        patient.shippingLine1 = "10 Elm St";
        patient.shippingCity = "Sacramento";
        patient.shippingState = "CA";
        patient.shippingPostalCode = "95814";
        return patient;
    }

    private static Intake pending(Patient patient, FlagCode... flags) {
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.patientId = patient.id;
        intake.status = Intake.Status.PENDING_EVALUATION;
        intake.phq9Total = 14;
        intake.gad7Total = 9;
        intake.flags = new ArrayList<>(List.of(flags).stream().map(Flag::of).toList());
        return intake;
    }

    private static EvaluationRequest approval(Modality modality) {
        return new EvaluationRequest(Decision.APPROVE, modality, null, null, null, null, "steady");
    }

    private static EvaluationLifecycle.Decided decide(Intake intake, Patient patient, EvaluationRequest request) {
        return EvaluationLifecycle.decide(intake, patient, request, PROTOCOL, LICENSED, TODAY, FLEXIBILITY_UNTIL, NOW);
    }

    @Test
    void approvingRecordsTheEvaluationAndAnnouncesEvaluationApprovedWithTheProtocolAndBaseline() {
        Patient patient = patient();
        Intake intake = pending(patient);

        EvaluationLifecycle.Decided decided = decide(intake, patient, approval(Modality.VIDEO));

        Evaluation evaluation = decided.evaluation();
        assertEquals(Intake.Status.APPROVED, intake.status);
        assertEquals(100, evaluation.maxDoseMgPerSession);
        assertEquals(List.<EventData>of(new EvaluationApproved(evaluation.id, intake.id, patient.id, "acme", "CA", "dr.california",
                "VIDEO", PROTOCOL, 14, 9, patient.shippingAddress(), NOW)), decided.transition().events());
    }

    @Test
    void rejectingRecordsTheEvaluationAndAnnouncesEvaluationRejectedWithTheReasons() {
        Patient patient = patient();
        Intake intake = pending(patient);
        EvaluationRequest rejection = new EvaluationRequest(Decision.REJECT, Modality.VIDEO, null, null, null,
                List.of(RejectionReason.NEEDS_HIGHER_LEVEL_OF_CARE), null);

        EvaluationLifecycle.Decided decided = decide(intake, patient, rejection);

        assertEquals(Intake.Status.REJECTED, intake.status);
        assertNull(decided.evaluation().maxDoseMgPerSession);
        assertEquals(List.<EventData>of(new EvaluationRejected(decided.evaluation().id, intake.id, patient.id, "acme",
                List.of("NEEDS_HIGHER_LEVEL_OF_CARE"), false, "dr.california", NOW)), decided.transition().events());
    }

    @Test
    void anIntakeDecidedBeforeIsAConflictAndStaysAsItWas() {
        Patient patient = patient();
        Intake intake = pending(patient);
        intake.status = Intake.Status.REJECTED;

        EvaluationLifecycle.Decided decided = decide(intake, patient, approval(Modality.VIDEO));

        Refused refused = decided.transition().refusal().orElseThrow();
        assertEquals(Refused.Kind.CONFLICT, refused.kind());
        assertEquals("intake-already-decided", refused.slug());
        assertEquals(Intake.Status.REJECTED, intake.status);
        assertNull(decided.evaluation());
        assertEquals(List.of(), decided.transition().events());
    }

    @Test
    void anApprovalTheRulesRefuseNamesEveryRuleAndChangesNothing() {
        Patient patient = patient();
        Intake intake = pending(patient, FlagCode.KETAMINE_ALLERGY);

        EvaluationLifecycle.Decided decided = decide(intake, patient, approval(Modality.AUDIO_ONLY));

        Refused refused = decided.transition().refusal().orElseThrow();
        assertEquals(Refused.Kind.RULE, refused.kind());
        assertEquals(List.of("absolute-contraindication", "audio-only-refused"),
                refused.reasons().stream().map(Refusal::code).sorted().toList());
        assertEquals(Intake.Status.PENDING_EVALUATION, intake.status);
        assertNull(decided.evaluation());
    }
}
