package org.stillwater.checkin.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stillwater.checkin.followup.FollowUpRules;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.regulatory.dea.DeaNumber;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * The rules of a check-in's completion; every rule that fails is reported. An ADJUST stays within the approved
 * protocol (dose at most its maximum, interval at least its minimum) and, when the current prescription is
 * known, asks for a whole number of its lozenges; a new dose is a new Schedule III prescription of the adjusting
 * clinician, so it needs their valid DEA registration as a prescriber ({@link DeaNumber}, its second letter matched to
 * their last name). The outcome must make sense for where treatment stands.
 */
public final class CompletionPolicy {

    private CompletionPolicy() {
    }

    public static List<Refusal> refusals(CompletionFacts facts) {
        List<Refusal> refusals = new ArrayList<>();
        if (facts.kind() == CheckInKind.FOLLOW_UP) {
            refusals.addAll(FollowUpRules.refusals(facts.phq9(), facts.gad7(), facts.rationale(), facts.windowOpensAt(), facts.now()));
        }
        if (facts.outcome() == Outcome.ADJUST) {
            adjustmentRefusals(facts, refusals);
        } else if (facts.adjustment() != null) {
            refusals.add(new Refusal("adjustment", "adjustment-without-adjust",
                    "an adjustment is given with outcome ADJUST only, not " + facts.outcome()));
        }
        outcomeRefusals(facts).ifPresent(refusals::add);
        return refusals;
    }

    private static void adjustmentRefusals(CompletionFacts facts, List<Refusal> refusals) {
        CompletionRequest.Adjustment adjustment = facts.adjustment();
        if (adjustment == null || (adjustment.doseMgPerSession() == null && adjustment.minHoursBetweenSessions() == null)) {
            refusals.add(new Refusal("adjustment", "adjustment-required",
                    "ADJUST sets a new doseMgPerSession and/or minHoursBetweenSessions"));
            return;
        }
        Integer dose = adjustment.doseMgPerSession();
        if (dose != null && dose > facts.maxDoseMgPerSession()) {
            refusals.add(new Refusal("adjustment.doseMgPerSession", "above-protocol-maximum",
                    dose + " mg per session is above the approved protocol's maximum of " + facts.maxDoseMgPerSession()
                            + " mg (maxDoseMgPerSession)"));
        }
        if (dose != null && facts.strengthMg() != null && dose % facts.strengthMg() != 0) {
            refusals.add(new Refusal("adjustment.doseMgPerSession", "not-whole-lozenges",
                    dose + " mg is not a whole number of the current prescription's " + facts.strengthMg() + " mg lozenges"));
        }
        if (dose != null) {
            DeaNumber.prescriberProblems(facts.clinicianDeaNumber(), facts.clinicianLastName()).forEach(problem -> refusals.add(
                    new Refusal("clinician.deaNumber", problem.code(), "the adjusting clinician's DEA number " + problem.message()
                            + ": a new dose is a new Schedule III prescription in their name")));
        }
        Integer minHours = adjustment.minHoursBetweenSessions();
        if (minHours != null && minHours < facts.protocolMinHours()) {
            refusals.add(new Refusal("adjustment.minHoursBetweenSessions", "below-protocol-minimum",
                    minHours + " hours between sessions is below the approved protocol's minimum of " + facts.protocolMinHours()
                            + " hours (minHoursBetweenSessions)"));
        }
    }

    private static Optional<Refusal> outcomeRefusals(CompletionFacts facts) {
        if (facts.status() == TreatmentStatus.DISCONTINUED && facts.outcome() != Outcome.CONTINUE) {
            return Optional.of(new Refusal("outcome", "treatment-discontinued",
                    "treatment was discontinued for good: only CONTINUE records this check-in"));
        }
        if (facts.outcome() == Outcome.PAUSE && facts.status() == TreatmentStatus.PAUSED) {
            return Optional.of(new Refusal("outcome", "already-paused",
                    "treatment is already paused: CONTINUE keeps it paused, RESUME ends the pause"));
        }
        if (facts.outcome() == Outcome.RESUME && facts.status() != TreatmentStatus.PAUSED && !facts.liftsHold()) {
            return Optional.of(new Refusal("outcome", "nothing-to-resume",
                    "treatment is neither paused nor held by this check-in's adverse event"));
        }
        return Optional.empty();
    }
}
