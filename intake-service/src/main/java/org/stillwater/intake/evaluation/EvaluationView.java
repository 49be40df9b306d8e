package org.stillwater.intake.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.intake.screening.FlagCode;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationView(
        UUID evaluationId,
        UUID intakeId,
        UUID patientId,
        Decision decision,
        Modality modality,
        String clinicianId,
        List<FlagCode> acknowledgedFlags,
        List<RejectionReason> rejectionReasons,
        Protocol protocol,
        Instant decidedAt) {

    static EvaluationView of(Evaluation evaluation) {
        Protocol protocol = evaluation.decision == Decision.APPROVE
                ? new Protocol(evaluation.maxDoseMgPerSession, evaluation.minHoursBetweenSessions, evaluation.sitterRequired,
                evaluation.bpLimitSystolic, evaluation.bpLimitDiastolic)
                : null;
        return new EvaluationView(evaluation.id, evaluation.intakeId, evaluation.patientId, evaluation.decision,
                evaluation.modality, evaluation.clinicianId, evaluation.acknowledgedFlags, evaluation.rejectionReasons,
                protocol, evaluation.decidedAt);
    }
}
