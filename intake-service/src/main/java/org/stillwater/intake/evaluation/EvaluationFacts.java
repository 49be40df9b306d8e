package org.stillwater.intake.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.stillwater.intake.screening.FlagCode;

/**
 * What the evaluation rules look at.
 *
 * @param clinicianLicensedInPatientState whether the clinician holds a licence for the patient's state of residence
 * @param absoluteFlags                   the intake's absolute contraindications
 * @param relativeFlags                   the intake's relative contraindications
 * @param inPersonEvaluationOn            the date of an in-person evaluation on record, if any
 * @param patientBornOn                   the patient's date of birth: no evaluation of them is dated before it
 * @param today                           the date of the decision where it is latest in the patient's state: the
 *                                        flexibility has ended once its last day is over anywhere in the state
 * @param telemedicineFlexibilityUntil    the last day VIDEO-only approval is allowed (DEA flexibility)
 */
public record EvaluationFacts(
        boolean clinicianLicensedInPatientState,
        Decision decision,
        Modality modality,
        Set<FlagCode> absoluteFlags,
        Set<FlagCode> relativeFlags,
        List<FlagCode> acknowledgedFlags,
        List<RejectionReason> rejectionReasons,
        LocalDate inPersonEvaluationOn,
        LocalDate patientBornOn,
        LocalDate today,
        LocalDate telemedicineFlexibilityUntil) {
}
