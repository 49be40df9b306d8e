package org.stillwater.session.homesession;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;
import org.stillwater.session.gate.DosingPlan;
import org.stillwater.session.gate.GateDecision;

/**
 * The transitions of a {@link HomeSession} (DESIGN §6): an attempt starts or is blocked, a started session logs
 * a dose, is completed once, or is closed as ABANDONED when it was not completed in time. Each decides from the
 * session and the facts it is given, changes the session only when it is done, and returns what it refuses or
 * the events it causes; storing and publishing is the caller's.
 */
public final class SessionLifecycle {

    private SessionLifecycle() {
    }

    /**
     * The attempt (its patient, caller, time and check already set) starts when the gate passes: IN_PROGRESS,
     * numbered, with the dose it may log, announced as SessionStarted. Otherwise it is kept as BLOCKED with every
     * reason, announced as SessionBlocked, so clinicians see the pattern.
     *
     * @param plan          the dosing plan of the active prescription; present whenever the gate passes
     * @param sessionNumber the number the session gets if it starts (started sessions before it + 1)
     */
    public static Transition<EventData> start(HomeSession attempt, GateDecision decision, Optional<DosingPlan> plan, int sessionNumber) {
        attempt.reasons = decision.reasons();
        attempt.retryAfter = decision.retryAfter();
        attempt.urgentEscalation = decision.urgentEscalation();
        if (!decision.passes()) {
            attempt.status = HomeSession.Status.BLOCKED;
            return Transition.done(new SessionBlocked(attempt.id, attempt.patientId, decision.codes(), attempt.retryAfter,
                    attempt.urgentEscalation, attempt.attemptedAt));
        }
        DosingPlan dosing = plan.orElseThrow(() -> new IllegalStateException("the gate passed without a dosing plan"));
        attempt.status = HomeSession.Status.IN_PROGRESS;
        attempt.sessionNumber = sessionNumber;
        attempt.prescriptionId = dosing.prescriptionId();
        attempt.allowedDoseMg = dosing.dosePerSessionMg();
        attempt.strengthMg = dosing.strengthMg();
        attempt.startedAt = attempt.attemptedAt;
        return Transition.done(new SessionStarted(attempt.id, attempt.patientId, attempt.prescriptionId, attempt.sessionNumber,
                new BloodPressure(attempt.bpBeforeSystolic, attempt.bpBeforeDiastolic), attempt.startedAt));
    }

    /**
     * Logs the dose taken while the session is in progress, once: it counts even if the session is never completed.
     * Refused with 409 when the session is not in progress or already has a dose, 422 when the dose breaks
     * {@link SessionLogPolicy}. Announces nothing: the completion (or abandonment) carries the dose.
     *
     * @param unitsOnHand  units delivered and not yet used by other sessions
     * @param abandonAfter how long a session may stay in progress (named when refusing an abandoned session)
     */
    public static Transition<EventData> logDose(HomeSession session, int doseMg, int unitsUsed, int unitsOnHand, Instant now,
                                             Duration abandonAfter) {
        Optional<Refused> notInProgress = notInProgress(session, abandonAfter);
        if (notInProgress.isPresent()) {
            return Transition.refused(notInProgress.get());
        }
        if (session.doseLoggedAt != null) {
            return Transition.refused(Refused.conflict("dose-already-logged", "a dose was already logged for this session at "
                    + session.doseLoggedAt, new Refusal("sessionId", "dose-already-logged", "the completion records what was finally taken")));
        }
        List<Refusal> refusals = SessionLogPolicy.refusals(doseMg, unitsUsed, session.allowedDoseMg, session.strengthMg, unitsOnHand);
        if (!refusals.isEmpty()) {
            return Transition.refused(Refused.byRules("dose-refused", "the logged dose", refusals));
        }
        session.doseLoggedAt = now;
        session.loggedDoseMg = doseMg;
        session.loggedUnitsUsed = unitsUsed;
        return Transition.done();
    }

    /**
     * Completes the session with its log, once, announced as SessionCompleted (status COMPLETED; the journal never
     * leaves this service). Refused with 409 when the session is not in progress, 422 when the log breaks
     * {@link SessionLogPolicy}; units the session logged with its dose are available to it again.
     *
     * @param unitsOnHand  units delivered and not yet used (the ones this session logged already deducted)
     * @param completedBy  who completes it (the caller's name)
     * @param abandonAfter how long a session may stay in progress (named when refusing an abandoned session)
     */
    public static Transition<EventData> complete(HomeSession session, CompletionRequest log, int unitsOnHand, Instant now,
                                              String completedBy, Duration abandonAfter) {
        Optional<Refused> notInProgress = notInProgress(session, abandonAfter);
        if (notInProgress.isPresent()) {
            return Transition.refused(notInProgress.get());
        }
        int unitsLogged = session.loggedUnitsUsed == null ? 0 : session.loggedUnitsUsed;
        List<Refusal> refusals = SessionLogPolicy.completionRefusals(log.doseMg(), log.unitsUsed(), session.allowedDoseMg,
                session.strengthMg, unitsOnHand + unitsLogged, unitsLogged);
        if (!refusals.isEmpty()) {
            return Transition.refused(Refused.byRules("completion-refused", "the session log", refusals));
        }
        BloodPressure after = log.bloodPressureAfterInMmHg();
        session.status = HomeSession.Status.COMPLETED;
        session.doseMg = log.doseMg();
        session.unitsUsed = log.unitsUsed();
        session.onsetMinutes = log.onsetMinutes();
        session.durationMinutes = log.durationMinutes();
        session.intensity = log.intensity();
        session.sideEffects = log.sideEffectsOrNone();
        if (after != null) {
            session.bpAfterSystolic = after.systolic();
            session.bpAfterDiastolic = after.diastolic();
        }
        session.moodBefore = log.moodBefore();
        session.moodAfter = log.moodAfter();
        session.journal = log.journal();
        session.completedAt = now;
        session.completedBy = completedBy;
        return Transition.done(new SessionCompleted(session.id, session.patientId, session.prescriptionId, session.sessionNumber,
                HomeSession.Status.COMPLETED.name(), session.doseMg, session.unitsUsed, session.onsetMinutes, session.durationMinutes,
                session.intensity, session.sideEffects.stream().map(Enum::name).toList(), after, session.moodBefore, session.moodAfter,
                session.startedAt, session.completedAt));
    }

    /**
     * Closes a session still in progress {@code abandonAfter} after its start as ABANDONED, announced as
     * SessionCompleted (status ABANDONED) with the dose it logged, if any, so that dose still counts.
     *
     * @return the transition, or empty when the session is not in progress or not yet overdue
     */
    public static Optional<Transition<EventData>> abandonIfOverdue(HomeSession session, Duration abandonAfter, Instant now) {
        if (session.status != HomeSession.Status.IN_PROGRESS || !SessionLogPolicy.overdue(session.startedAt, abandonAfter, now)) {
            return Optional.empty();
        }
        session.status = HomeSession.Status.ABANDONED;
        session.completedAt = now;
        session.completedBy = "abandonment";
        int doseMg = session.loggedDoseMg == null ? 0 : session.loggedDoseMg;
        int unitsUsed = session.loggedUnitsUsed == null ? 0 : session.loggedUnitsUsed;
        return Optional.of(Transition.done(new SessionCompleted(session.id, session.patientId, session.prescriptionId, session.sessionNumber,
                HomeSession.Status.ABANDONED.name(), doseMg, unitsUsed, null, null, null, List.of(), null, null, null,
                session.startedAt, now)));
    }

    /** The 409 of a session that was just closed as ABANDONED, or was before. */
    public static Refused abandoned(HomeSession session, Duration abandonAfter) {
        return Refused.conflict("session-abandoned", "this session was not completed within " + abandonAfter.toHours()
                        + " hours of its start and was closed as ABANDONED at " + session.completedAt,
                new Refusal("sessionId", "session-abandoned", "report anything that went wrong as an adverse event"));
    }

    /** A blocked attempt or a closed session takes no log: 409. */
    private static Optional<Refused> notInProgress(HomeSession session, Duration abandonAfter) {
        return switch (session.status) {
            case BLOCKED -> Optional.of(Refused.conflict("session-not-started", "this attempt was blocked by the safety gate",
                    new Refusal("sessionId", "session-not-started", "only a started session is logged")));
            case COMPLETED -> Optional.of(Refused.conflict("session-already-completed", "this session was completed at "
                    + session.completedAt, new Refusal("sessionId", "session-already-completed", "a session is completed once")));
            case ABANDONED -> Optional.of(abandoned(session, abandonAfter));
            case IN_PROGRESS -> Optional.empty();
        };
    }
}
