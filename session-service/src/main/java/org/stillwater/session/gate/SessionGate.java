package org.stillwater.session.gate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * The pre-session safety gate (DESIGN §6, Session gate): go or no-go for a home session, with every reason
 * that refuses it, not just the first. {@link #standing} judges what is known before the patient answers the
 * pre-session check (what dosing-status shows); {@link #decide} adds the check's answers.
 */
public final class SessionGate {

    private final GateLimits limits;
    private final Clock clock;

    public SessionGate(GateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** The reasons that hold whatever the patient answers: medication, treatment state, timing. */
    public GateDecision standing(GateFacts facts) {
        List<BlockReason> reasons = new ArrayList<>();
        standingReasons(facts, clock.instant(), reasons);
        return new GateDecision(reasons, false);
    }

    /** Every reason, standing and from the pre-session check; a crisis reading raises an urgent escalation. */
    public GateDecision decide(GateFacts facts, PreSessionCheck check) {
        Instant now = clock.instant();
        List<BlockReason> reasons = new ArrayList<>();
        standingReasons(facts, now, reasons);
        boolean crisis = bloodPressure(facts, check, reasons);
        setting(facts, check, reasons);
        substances(check, now, reasons);
        return new GateDecision(reasons, crisis);
    }

    private void standingReasons(GateFacts facts, Instant now, List<BlockReason> reasons) {
        if (!facts.activePrescription()) {
            reasons.add(reason(ReasonCode.NO_ACTIVE_PRESCRIPTION, "there is no active prescription"));
        }
        if (facts.unitsDelivered() == 0) {
            reasons.add(reason(ReasonCode.MEDICATION_NOT_DELIVERED, "no delivery of the medication has been signed for yet"));
        } else if (facts.unitsOnHand() < facts.unitsPerSession()) {
            reasons.add(reason(ReasonCode.INSUFFICIENT_UNITS_ON_HAND, facts.unitsOnHand() + " unit(s) on hand; a session needs "
                    + facts.unitsPerSession() + ": a refill is needed"));
        }
        if (facts.discontinued()) {
            reasons.add(reason(ReasonCode.TREATMENT_DISCONTINUED, "treatment was discontinued: no further sessions"));
        } else if (facts.paused()) {
            reasons.add(reason(ReasonCode.TREATMENT_PAUSED, "treatment is paused by a clinician: no sessions until it resumes"));
        }
        if (facts.activeHolds() > 0) {
            reasons.add(reason(ReasonCode.ADVERSE_EVENT_HOLD, "sessions are on hold after a severe adverse event until the urgent"
                    + " check-in's outcome lifts the hold (" + facts.activeHolds() + " hold(s))"));
        }
        if (!facts.onboardingCompleted()) {
            reasons.add(reason(ReasonCode.ONBOARDING_CHECK_IN_NOT_COMPLETED,
                    "the onboarding check-in with a clinician must be completed before the first session"));
        }
        if (facts.sessionInProgress()) {
            reasons.add(reason(ReasonCode.SESSION_IN_PROGRESS, "a session is already in progress: complete it first"));
        }
        if (facts.lastSessionAt() != null) {
            interval(facts, now, reasons);
            lapse(facts, now, reasons);
        }
    }

    private static void interval(GateFacts facts, Instant now, List<BlockReason> reasons) {
        Instant opensAt = facts.lastSessionAt().plus(Duration.ofHours(facts.minHoursBetweenSessions()));
        if (now.isBefore(opensAt)) {
            reasons.add(new BlockReason(ReasonCode.TOO_SOON_SINCE_LAST_SESSION, "at least " + facts.minHoursBetweenSessions()
                    + " hours must pass between sessions: the last one started at " + facts.lastSessionAt()
                    + ", the next may start at " + opensAt, opensAt));
        }
    }

    /**
     * More than 12 weeks since the last dose, counted in the patient's days: the day of the last dose plus 12 weeks is
     * the last day without a check-in, and it ends where it ends first in their state ({@link PatientCalendar}).
     */
    private void lapse(GateFacts facts, Instant now, List<BlockReason> reasons) {
        Instant lapsedAt = PatientCalendar.of(facts.stateOfResidence()).lastDay(facts.lastSessionAt(), limits.lapseBeforeCheckIn()).endsAt();
        boolean checkedInSinceLapse = facts.lastCheckInCompletedAt() != null && !facts.lastCheckInCompletedAt().isBefore(lapsedAt);
        if (!now.isBefore(lapsedAt) && !checkedInSinceLapse) {
            reasons.add(reason(ReasonCode.CLINICIAN_CHECK_IN_REQUIRED, "more than " + limits.lapseBeforeCheckIn().getDays() / 7
                    + " weeks since the day of the last dose (" + facts.lastSessionAt() + "): a clinician check-in must be completed first"));
        }
    }

    private boolean bloodPressure(GateFacts facts, PreSessionCheck check, List<BlockReason> reasons) {
        String reading = check.systolic() + "/" + check.diastolic();
        if (check.systolic() >= facts.bpLimitSystolic() || check.diastolic() >= facts.bpLimitDiastolic()) {
            reasons.add(reason(ReasonCode.BLOOD_PRESSURE_ABOVE_LIMIT, "blood pressure " + reading + " is at or above your limit of "
                    + facts.bpLimitSystolic() + "/" + facts.bpLimitDiastolic() + ": do not dose today"));
        }
        boolean crisis = check.systolic() >= limits.crisisSystolic() || check.diastolic() >= limits.crisisDiastolic();
        if (crisis) {
            reasons.add(reason(ReasonCode.BLOOD_PRESSURE_CRISIS, "blood pressure " + reading + " is at or above "
                    + limits.crisisSystolic() + "/" + limits.crisisDiastolic() + ", a hypertensive crisis: a clinician will contact"
                    + " you urgently; with chest pain, shortness of breath, a severe headache, weakness or changes in vision"
                    + " call 911 now"));
        }
        return crisis;
    }

    private static void setting(GateFacts facts, PreSessionCheck check, List<BlockReason> reasons) {
        if (facts.sitterRequired()) {
            if (!check.sitterPresent()) {
                reasons.add(reason(ReasonCode.SITTER_ABSENT, "your protocol requires a sitter with you for the whole session"));
            } else if (!Boolean.TRUE.equals(check.sitterAdult())) {
                reasons.add(reason(ReasonCode.SITTER_NOT_ADULT, "the sitter must be an adult"));
            }
        }
        if (!check.safeSetting()) {
            reasons.add(reason(ReasonCode.UNSAFE_SETTING, "a session needs a safe, private place where you can sit or lie down"));
        }
        if (!check.noDrivingAcknowledged()) {
            reasons.add(reason(ReasonCode.NO_DRIVING_NOT_ACKNOWLEDGED,
                    "acknowledge that you will not drive or operate machinery until the day after the session"));
        }
    }

    private void substances(PreSessionCheck check, Instant now, List<BlockReason> reasons) {
        long hours = limits.substanceWindow().toHours();
        Instant clearsAt = now.plus(limits.substanceWindow());
        if (check.recentAlcohol()) {
            reasons.add(new BlockReason(ReasonCode.RECENT_ALCOHOL, "alcohol in the last " + hours
                    + " hours: no session until " + hours + " hours after the last drink", clearsAt));
        }
        if (check.recentBenzodiazepines()) {
            reasons.add(new BlockReason(ReasonCode.RECENT_BENZODIAZEPINES, "a benzodiazepine in the last " + hours
                    + " hours: no session until " + hours + " hours after the last dose", clearsAt));
        }
    }

    private static BlockReason reason(ReasonCode code, String message) {
        return new BlockReason(code, message, null);
    }
}
