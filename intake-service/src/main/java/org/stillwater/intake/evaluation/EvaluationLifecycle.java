package org.stillwater.intake.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.screening.FlagCode;
import org.stillwater.intake.screening.FlagKind;
import org.stillwater.intake.screening.Intake;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/**
 * A licensed clinician decides an intake (DESIGN §6, Evaluation): once, approving it with a protocol or rejecting it
 * with reasons, after a VIDEO or IN_PERSON evaluation. Decides from the intake and {@link EvaluationPolicy}, changes
 * the intake only when done, and returns the refusal, or the evaluation to store with the event it causes
 * ({@code EvaluationApproved} or {@code EvaluationRejected}); storing and publishing are the caller's.
 */
public final class EvaluationLifecycle {

    /**
     * Who decides, as the evaluation records them.
     *
     * @param name                   the clinician's user name
     * @param npi                    their NPI, if their token carries one
     * @param licensedInPatientState whether they hold a licence for the patient's state of residence
     */
    public record Clinician(String name, String npi, boolean licensedInPatientState) {
    }

    /**
     * What the decision came to.
     *
     * @param evaluation the evaluation to store; null when refused
     * @param transition refused (409 already decided, 422 with every rule {@link EvaluationPolicy} breaks) or done
     *                   with its one event
     */
    public record Decided(Evaluation evaluation, Transition<EventData> transition) {
    }

    private EvaluationLifecycle() {
    }

    /**
     * @param protocol the protocol an approval sets (the request's values over the configured defaults); unused on REJECT
     * @param today    the date of the decision where it is latest in the patient's state (the DEA telemedicine
     *                 flexibility has ended once its last day is over anywhere in the state)
     * @param telemedicineFlexibilityUntil the last day a VIDEO-only approval is allowed
     */
    public static Decided decide(Intake intake, Patient patient, EvaluationRequest request, Protocol protocol, Clinician clinician,
                                 LocalDate today, LocalDate telemedicineFlexibilityUntil, Instant now) {
        if (intake.isDecided()) {
            return refused(Refused.conflict("intake-already-decided", "this intake was already decided: " + intake.status,
                    new Refusal("intakeId", "already-decided", intake.status.name())));
        }
        List<Refusal> refusals = EvaluationPolicy.refusals(new EvaluationFacts(clinician.licensedInPatientState(), request.decision(),
                request.modality(), codes(intake, FlagKind.ABSOLUTE), codes(intake, FlagKind.RELATIVE), request.acknowledged(),
                request.reasons(), request.inPersonEvaluationOn(), patient.dateOfBirth, today, telemedicineFlexibilityUntil));
        if (!refusals.isEmpty()) {
            return refused(Refused.byRules("evaluation-refused", "the evaluation", refusals));
        }
        Evaluation evaluation = evaluation(intake, request, protocol, clinician, now);
        if (request.decision() == Decision.APPROVE) {
            intake.status = Intake.Status.APPROVED;
            return new Decided(evaluation, Transition.done(new EvaluationApproved(evaluation.id, intake.id, patient.id, patient.partnerId,
                    patient.stateOfResidence, evaluation.clinicianId, evaluation.modality.name(), protocol, intake.phq9Total,
                    intake.gad7Total, patient.shippingAddress(), evaluation.decidedAt)));
        }
        intake.status = Intake.Status.REJECTED;
        return new Decided(evaluation, Transition.done(new EvaluationRejected(evaluation.id, intake.id, patient.id, patient.partnerId,
                request.reasons().stream().map(Enum::name).toList(), false, evaluation.clinicianId, evaluation.decidedAt)));
    }

    private static Decided refused(Refused refused) {
        return new Decided(null, Transition.refused(refused));
    }

    private static Evaluation evaluation(Intake intake, EvaluationRequest request, Protocol protocol, Clinician clinician, Instant now) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.intakeId = intake.id;
        evaluation.patientId = intake.patientId;
        evaluation.clinicianId = clinician.name();
        evaluation.clinicianNpi = clinician.npi();
        evaluation.decision = request.decision();
        evaluation.modality = request.modality();
        evaluation.inPersonEvaluationOn = request.inPersonEvaluationOn();
        evaluation.acknowledgedFlags = request.acknowledged();
        evaluation.rejectionReasons = request.reasons();
        if (request.decision() == Decision.APPROVE) {
            evaluation.maxDoseMgPerSession = protocol.maxDoseMgPerSession();
            evaluation.minHoursBetweenSessions = protocol.minHoursBetweenSessions();
            evaluation.sitterRequired = protocol.sitterRequired();
            evaluation.bpLimitSystolic = protocol.bpLimitSystolic();
            evaluation.bpLimitDiastolic = protocol.bpLimitDiastolic();
        }
        evaluation.notes = request.notes();
        evaluation.decidedAt = now;
        return evaluation;
    }

    private static Set<FlagCode> codes(Intake intake, FlagKind kind) {
        Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
        intake.flags.stream().filter(flag -> flag.kind() == kind).forEach(flag -> codes.add(flag.code()));
        return codes;
    }
}
