package org.stillwater.intake.evaluation;

/** Why a clinician rejects: the codes EvaluationRejected carries. */
public enum RejectionReason {
    ABSOLUTE_CONTRAINDICATION,
    RELATIVE_CONTRAINDICATION,
    NEEDS_HIGHER_LEVEL_OF_CARE,
    NOT_A_CANDIDATE,
    PATIENT_DECLINED,
    EVALUATION_INCOMPLETE
}
