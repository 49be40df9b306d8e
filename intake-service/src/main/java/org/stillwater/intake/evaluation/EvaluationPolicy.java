package org.stillwater.intake.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stillwater.regulatory.refusal.Refusal;

/** The rules of an evaluation (DESIGN §6, Evaluation); every rule that fails is reported, not just the first. */
public final class EvaluationPolicy {

    private EvaluationPolicy() {
    }

    public static List<Refusal> refusals(EvaluationFacts facts) {
        List<Refusal> refusals = new ArrayList<>();
        if (!facts.clinicianLicensedInPatientState()) {
            refusals.add(new Refusal("clinician", "clinician-not-licensed",
                    "the clinician holds no licence for the patient's state of residence"));
        }
        if (facts.modality() == Modality.AUDIO_ONLY) {
            refusals.add(new Refusal("modality", "audio-only-refused",
                    "an audio-only evaluation cannot support a controlled-substance prescription: use VIDEO or IN_PERSON"));
        }
        inPersonRecordRefusal(facts).ifPresent(refusals::add);
        if (facts.decision() == Decision.APPROVE) {
            approvalRefusals(facts, refusals);
        } else if (facts.rejectionReasons().isEmpty()) {
            refusals.add(new Refusal("rejectionReasons", "reason-required", "a rejection names at least one reason"));
        }
        return refusals;
    }

    /**
     * An in-person evaluation on record happened: on or after the patient's birth date and not after today (the
     * latest date in the patient's state, so a record made today anywhere in the state is never in the future).
     */
    private static Optional<Refusal> inPersonRecordRefusal(EvaluationFacts facts) {
        LocalDate on = facts.inPersonEvaluationOn();
        if (on == null) {
            return Optional.empty();
        }
        if (on.isBefore(facts.patientBornOn())) {
            return Optional.of(new Refusal("inPersonEvaluationOn", "in-person-evaluation-before-birth",
                    "the in-person evaluation (" + on + ") is dated before the patient's birth date"));
        }
        if (on.isAfter(facts.today())) {
            return Optional.of(new Refusal("inPersonEvaluationOn", "in-person-evaluation-in-the-future",
                    "the in-person evaluation (" + on + ") is dated after today (" + facts.today() + ") in the patient's state"));
        }
        return Optional.empty();
    }

    private static void approvalRefusals(EvaluationFacts facts, List<Refusal> refusals) {
        facts.absoluteFlags().stream().sorted().forEach(flag -> refusals.add(new Refusal("flags", "absolute-contraindication",
                flag.name() + ": " + flag.meaning() + " rules out approval")));
        facts.relativeFlags().stream().sorted()
                .filter(flag -> !facts.acknowledgedFlags().contains(flag))
                .forEach(flag -> refusals.add(new Refusal("acknowledgedFlags", "relative-contraindication-not-acknowledged",
                        flag.name() + ": " + flag.meaning() + " must be acknowledged by its code to approve")));
        facts.acknowledgedFlags().stream()
                .filter(flag -> !facts.relativeFlags().contains(flag))
                .forEach(flag -> refusals.add(new Refusal("acknowledgedFlags", "not-a-flag-of-this-intake",
                        flag.name() + " was not raised by this intake's screening")));
        if (facts.modality() == Modality.VIDEO && facts.today().isAfter(facts.telemedicineFlexibilityUntil())
                && facts.inPersonEvaluationOn() == null) {
            refusals.add(new Refusal("inPersonEvaluationOn", "in-person-evaluation-required",
                    "the DEA telemedicine flexibility ended on " + facts.telemedicineFlexibilityUntil()
                            + ": a VIDEO approval needs the date of an in-person evaluation"));
        }
    }
}
