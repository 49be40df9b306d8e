package org.stillwater.intake.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.stillwater.edge.problem.Problem.FieldError;
import org.stillwater.intake.screening.FlagCode;

/** The rules of an evaluation (DESIGN §6, Evaluation); every rule that fails is reported, not just the first. */
public final class EvaluationPolicy {

    private EvaluationPolicy() {
    }

    public static List<FieldError> refusals(EvaluationFacts facts) {
        List<FieldError> refusals = new ArrayList<>();
        if (!facts.clinicianLicensedInPatientState()) {
            refusals.add(new FieldError("clinician", "clinician-not-licensed",
                    "the clinician holds no licence for the patient's state of residence"));
        }
        if (facts.modality() == Modality.AUDIO_ONLY) {
            refusals.add(new FieldError("modality", "audio-only-refused",
                    "an audio-only evaluation cannot support a controlled-substance prescription: use VIDEO or IN_PERSON"));
        }
        if (facts.decision() == Decision.APPROVE) {
            approvalRefusals(facts, refusals);
        } else if (facts.rejectionReasons().isEmpty()) {
            refusals.add(new FieldError("rejectionReasons", "reason-required", "a rejection names at least one reason"));
        }
        return refusals;
    }

    private static void approvalRefusals(EvaluationFacts facts, List<FieldError> refusals) {
        facts.absoluteFlags().stream().sorted().forEach(flag -> refusals.add(new FieldError("flags", "absolute-contraindication",
                flag.name() + ": " + flag.meaning() + " rules out approval")));
        facts.relativeFlags().stream().sorted()
                .filter(flag -> !facts.acknowledgedFlags().contains(flag))
                .forEach(flag -> refusals.add(new FieldError("acknowledgedFlags", "relative-contraindication-not-acknowledged",
                        flag.name() + ": " + flag.meaning() + " must be acknowledged by its code to approve")));
        facts.acknowledgedFlags().stream()
                .filter(flag -> !facts.relativeFlags().contains(flag))
                .forEach(flag -> refusals.add(new FieldError("acknowledgedFlags", "not-a-flag-of-this-intake",
                        flag.name() + " was not raised by this intake's screening")));
        if (facts.modality() == Modality.VIDEO && facts.today().isAfter(facts.telemedicineFlexibilityUntil())
                && facts.inPersonEvaluationOn() == null) {
            refusals.add(new FieldError("inPersonEvaluationOn", "in-person-evaluation-required",
                    "the DEA telemedicine flexibility ended on " + facts.telemedicineFlexibilityUntil()
                            + ": a VIDEO approval needs the date of an in-person evaluation"));
        }
    }
}
