package org.stillwater.session.homesession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.edge.validation.BloodPressureReading;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;
import org.stillwater.session.gate.BlockReason;
import org.stillwater.session.gate.DosingPlan;
import org.stillwater.session.gate.GateDecision;
import org.stillwater.session.gate.ReasonCode;

class SessionLifecycleTest {

    private static final Instant STARTED_AT = Instant.parse("2026-05-04T15:00:00Z");
    private static final Duration ABANDON_AFTER = Duration.ofHours(12);
    private static final DosingPlan PLAN = new DosingPlan(UUID.randomUUID(), 100, 200, 2);
    private static final GateDecision PASSES = new GateDecision(List.of(), false);

    private static HomeSession attempt() {
        StartRequest check = new StartRequest(new BloodPressureReading(122, 78), true, true, true, true, false, false);
        return HomeSession.attempt(UUID.randomUUID(), STARTED_AT, "pat", "patient", check);
    }

    private static HomeSession started() {
        HomeSession session = attempt();
        SessionLifecycle.start(session, PASSES, Optional.of(PLAN), 3);
        return session;
    }

    private static CompletionRequest log(int doseMg, int unitsUsed) {
        return new CompletionRequest(doseMg, unitsUsed, 20, 60, 6, List.of(SideEffect.NAUSEA), new BloodPressureReading(118, 76),
                4, 7, "calm afterwards");
    }

    private static Transition<EventData> complete(HomeSession session, CompletionRequest log, int unitsOnHand) {
        return SessionLifecycle.complete(session, log, unitsOnHand, STARTED_AT.plus(Duration.ofHours(1)), "pat", ABANDON_AFTER);
    }

    private static String refusedSlug(Transition<EventData> outcome) {
        return outcome.refusal().map(Refused::slug).orElse("done");
    }

    @Test
    void anAttemptTheGatePassesStartsAndAnnouncesSessionStarted() {
        HomeSession session = attempt();
        Transition<EventData> outcome = SessionLifecycle.start(session, PASSES, Optional.of(PLAN), 3);

        assertEquals(HomeSession.Status.IN_PROGRESS, session.status);
        assertEquals(200, session.allowedDoseMg);
        assertEquals(List.of(new SessionStarted(session.id, session.patientId, PLAN.prescriptionId(), 3, new BloodPressure(122, 78),
                STARTED_AT)), outcome.events());
    }

    @Test
    void anAttemptTheGateRefusesIsKeptAsBlockedAndAnnouncesSessionBlockedWithEveryReason() {
        Instant opensAt = STARTED_AT.plus(Duration.ofHours(20));
        GateDecision refuses = new GateDecision(List.of(
                new BlockReason(ReasonCode.TOO_SOON_SINCE_LAST_SESSION, "too soon", opensAt),
                new BlockReason(ReasonCode.NO_ACTIVE_PRESCRIPTION, "no prescription", null)), false);
        HomeSession attempt = attempt();
        Transition<EventData> outcome = SessionLifecycle.start(attempt, refuses, Optional.empty(), 3);

        assertEquals(HomeSession.Status.BLOCKED, attempt.status);
        assertNull(attempt.sessionNumber);
        assertEquals(List.of(new SessionBlocked(attempt.id, attempt.patientId, List.of("TOO_SOON_SINCE_LAST_SESSION", "NO_ACTIVE_PRESCRIPTION"),
                opensAt, false, STARTED_AT)), outcome.events());
    }

    @Test
    void loggingADoseAnnouncesNothing() {
        HomeSession session = started();
        Transition<EventData> outcome = SessionLifecycle.logDose(session, 200, 2, 4, STARTED_AT.plusSeconds(60), ABANDON_AFTER);

        assertEquals(List.of(), outcome.events());
        assertEquals(200, session.loggedDoseMg);
    }

    @Test
    void aSecondDoseLogIsAConflict() {
        HomeSession session = started();
        SessionLifecycle.logDose(session, 100, 1, 4, STARTED_AT.plusSeconds(60), ABANDON_AFTER);

        Transition<EventData> again = SessionLifecycle.logDose(session, 100, 1, 3, STARTED_AT.plusSeconds(120), ABANDON_AFTER);
        assertEquals("dose-already-logged", refusedSlug(again));
        assertEquals(Refused.Kind.CONFLICT, again.refusal().orElseThrow().kind());
    }

    @Test
    void aDoseAboveThePrescribedIsRefusedByRuleAndLeavesTheSessionUnchanged() {
        HomeSession session = started();
        Transition<EventData> outcome = SessionLifecycle.logDose(session, 300, 3, 4, STARTED_AT.plusSeconds(60), ABANDON_AFTER);

        assertEquals("dose-refused", refusedSlug(outcome));
        assertEquals(Refused.Kind.RULE, outcome.refusal().orElseThrow().kind());
        assertEquals("the logged dose breaks 1 rule(s)", outcome.refusal().orElseThrow().detail());
        assertNull(session.doseLoggedAt);
    }

    @Test
    void completingAnnouncesSessionCompletedWithTheLogButNotTheJournal() {
        HomeSession session = started();
        Transition<EventData> outcome = complete(session, log(200, 2), 2);

        assertEquals(HomeSession.Status.COMPLETED, session.status);
        assertEquals("calm afterwards", session.journal);
        assertEquals(List.of(new SessionCompleted(session.id, session.patientId, PLAN.prescriptionId(), 3, "COMPLETED", 200, 2, 20, 60, 6,
                List.of("NAUSEA"), new BloodPressure(118, 76), 4, 7, STARTED_AT, STARTED_AT.plus(Duration.ofHours(1)))), outcome.events());
    }

    @Test
    void unitsLoggedWithTheDoseAreAvailableToTheCompletion() {
        HomeSession session = started();
        SessionLifecycle.logDose(session, 200, 2, 2, STARTED_AT.plusSeconds(60), ABANDON_AFTER);

        assertEquals("done", refusedSlug(complete(session, log(200, 2), 0)));
    }

    @Test
    void aCompletedSessionIsNotCompletedAgain() {
        HomeSession session = started();
        complete(session, log(200, 2), 2);

        Transition<EventData> again = complete(session, log(200, 2), 0);
        assertEquals("session-already-completed", refusedSlug(again));
        assertEquals(List.of(), again.events());
    }

    @Test
    void aBlockedAttemptTakesNoLog() {
        HomeSession attempt = attempt();
        SessionLifecycle.start(attempt, new GateDecision(List.of(new BlockReason(ReasonCode.NO_ACTIVE_PRESCRIPTION, "none", null)), false),
                Optional.empty(), 1);

        assertEquals("session-not-started", refusedSlug(complete(attempt, log(0, 0), 0)));
        assertEquals("session-not-started", refusedSlug(SessionLifecycle.logDose(attempt, 100, 1, 1, STARTED_AT, ABANDON_AFTER)));
    }

    @Test
    void anAbandonedSessionIsRefusedNamingHowLongASessionMayLast() {
        HomeSession session = started();
        SessionLifecycle.abandonIfOverdue(session, ABANDON_AFTER, STARTED_AT.plus(ABANDON_AFTER));

        Refused refused = complete(session, log(200, 2), 2).refusal().orElseThrow();
        assertEquals("session-abandoned", refused.slug());
        assertTrue(refused.detail().startsWith("this session was not completed within 12 hours of its start"), refused.detail());
    }

    @Test
    void anOverdueSessionIsClosedAsAbandonedAndAnnouncedWithTheDoseItLogged() {
        HomeSession session = started();
        SessionLifecycle.logDose(session, 100, 1, 4, STARTED_AT.plusSeconds(60), ABANDON_AFTER);
        Instant overdue = STARTED_AT.plus(ABANDON_AFTER);

        Transition<EventData> outcome = SessionLifecycle.abandonIfOverdue(session, ABANDON_AFTER, overdue).orElseThrow();
        assertEquals(HomeSession.Status.ABANDONED, session.status);
        assertEquals(List.of(new SessionCompleted(session.id, session.patientId, PLAN.prescriptionId(), 3, "ABANDONED", 100, 1, null, null, null,
                List.of(), null, null, null, STARTED_AT, overdue)), outcome.events());
    }

    @Test
    void aSessionIsNotAbandonedBeforeItIsOverdueNorOnceCompleted() {
        HomeSession session = started();
        assertFalse(SessionLifecycle.abandonIfOverdue(session, ABANDON_AFTER, STARTED_AT.plus(ABANDON_AFTER).minusSeconds(1)).isPresent());

        complete(session, log(200, 2), 2);
        assertFalse(SessionLifecycle.abandonIfOverdue(session, ABANDON_AFTER, STARTED_AT.plus(Duration.ofDays(2))).isPresent());
    }
}
