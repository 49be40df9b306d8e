package org.stillwater.checkin.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;

class SchedulingTest {

    private static final Instant T = Instant.parse("2026-03-02T15:30:00Z");
    private static final UUID ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final List<Integer> NO_SELF_HARM = List.of(2, 2, 1, 1, 1, 1, 1, 1, 0);

    private final Scheduling scheduling = new Scheduling(Cadence.standard());

    @Test
    void approvalSchedulesOnboardingDueSevenDaysLater() {
        PlannedCheckIn onboarding = scheduling.afterApproval(ID, T).get(0);
        assertEquals(CheckInKind.ONBOARDING, onboarding.kind());
        assertEquals(Trigger.EVALUATION_APPROVED, onboarding.trigger());
        assertEquals(ID, onboarding.triggerKey());
        assertEquals(T.plus(Duration.ofDays(7)), onboarding.dueAt());
        assertNull(onboarding.windowOpensAt());
    }

    @Test
    void approvalSchedulesTheFollowUpOnDay28HeldFromDay25AndDueByDay31() {
        PlannedCheckIn followUp = scheduling.afterApproval(ID, T).get(1);
        assertEquals(CheckInKind.FOLLOW_UP, followUp.kind());
        assertEquals(Trigger.EVALUATION_APPROVED, followUp.trigger());
        assertEquals(T.plus(Duration.ofDays(25)), followUp.windowOpensAt());
        assertEquals(T.plus(Duration.ofDays(31)), followUp.dueAt());
    }

    @Test
    void sessionOneSchedulesAnIntegrationCheckInDue48HoursAfterItEnded() {
        PlannedCheckIn integration = scheduling.afterSession(ID, 1, T).orElseThrow();
        assertEquals(CheckInKind.INTEGRATION, integration.kind());
        assertEquals(Trigger.SESSION_1_COMPLETED, integration.trigger());
        assertEquals(ID, integration.triggerKey());
        assertEquals(T.plus(Duration.ofHours(48)), integration.dueAt());
    }

    @Test
    void sessionTwoSchedulesAnIntegrationCheckInToo() {
        assertEquals(Trigger.SESSION_2_COMPLETED, scheduling.afterSession(ID, 2, T).orElseThrow().trigger());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 12})
    void laterSessionsScheduleNoIntegrationCheckIn(int sessionNumber) {
        assertTrue(scheduling.afterSession(ID, sessionNumber, T).isEmpty());
    }

    @Test
    void anAdverseEventThatPlacedAHoldSchedulesAnUrgentCheckInDueIn24HoursThatLiftsIt() {
        PlannedCheckIn urgent = scheduling.afterAdverseEvent(ID, "SEVERE", true, T).orElseThrow();
        assertEquals(CheckInKind.URGENT, urgent.kind());
        assertEquals(Trigger.ADVERSE_EVENT, urgent.trigger());
        assertEquals(T.plus(Duration.ofHours(24)), urgent.dueAt());
        assertEquals(ID, urgent.holdAdverseEventId());
    }

    @Test
    void aLifeThreateningAdverseEventSchedulesAnUrgentCheckIn() {
        assertEquals(ID, scheduling.afterAdverseEvent(ID, "LIFE_THREATENING", true, T).orElseThrow().holdAdverseEventId());
    }

    @Test
    void aSevereAdverseEventWithoutAHoldStillSchedulesAnUrgentCheckInButNamesNoHold() {
        PlannedCheckIn urgent = scheduling.afterAdverseEvent(ID, "SEVERE", false, T).orElseThrow();
        assertEquals(CheckInKind.URGENT, urgent.kind());
        assertNull(urgent.holdAdverseEventId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MILD", "MODERATE"})
    void aMildOrModerateAdverseEventWithoutAHoldSchedulesNothing(String severity) {
        assertTrue(scheduling.afterAdverseEvent(ID, severity, false, T).isEmpty());
    }

    @Test
    void aBloodPressureCrisisAtTheGateSchedulesAnUrgentCheckInDueIn24Hours() {
        PlannedCheckIn urgent = scheduling.afterBlockedSession(ID, true, T).orElseThrow();
        assertEquals(CheckInKind.URGENT, urgent.kind());
        assertEquals(Trigger.BLOOD_PRESSURE_CRISIS, urgent.trigger());
        assertEquals(T.plus(Duration.ofHours(24)), urgent.dueAt());
        assertNull(urgent.holdAdverseEventId());
    }

    @Test
    void aSessionBlockedForAnotherReasonSchedulesNothing() {
        assertTrue(scheduling.afterBlockedSession(ID, false, T).isEmpty());
    }

    @Test
    void aFailedShipmentSchedulesAnUrgentCheckInDueIn24Hours() {
        PlannedCheckIn urgent = scheduling.afterShipmentFailure(ID, T);
        assertEquals(CheckInKind.URGENT, urgent.kind());
        assertEquals(Trigger.SHIPMENT_FAILED, urgent.trigger());
        assertEquals(ID, urgent.triggerKey());
        assertEquals(T.plus(Duration.ofHours(24)), urgent.dueAt());
    }

    @Test
    void phq9Item9AboveZeroAtACheckInSchedulesAnUrgentCheckInDueIn24Hours() {
        PlannedCheckIn urgent = scheduling.afterPhq9(ID, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), T).orElseThrow();
        assertEquals(CheckInKind.URGENT, urgent.kind());
        assertEquals(Trigger.SELF_HARM_THOUGHTS, urgent.trigger());
        assertEquals(ID, urgent.triggerKey());
        assertEquals(T.plus(Duration.ofHours(24)), urgent.dueAt());
    }

    @Test
    void phq9Item9AtZeroOrNoPhq9SchedulesNothing() {
        assertTrue(scheduling.afterPhq9(ID, NO_SELF_HARM, T).isEmpty());
        assertTrue(scheduling.afterPhq9(ID, null, T).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"CONTINUE", "ADJUST"})
    void completingTheOnboardingSchedulesTheFirstWeeklyCheckInSevenDaysLater(Outcome outcome) {
        PlannedCheckIn weekly = scheduling.nextWeekly(ID, CheckInKind.ONBOARDING, outcome, TreatmentStatus.ACTIVE, false, T).orElseThrow();
        assertEquals(CheckInKind.WEEKLY, weekly.kind());
        assertEquals(Trigger.ONBOARDING_COMPLETED, weekly.trigger());
        assertEquals(ID, weekly.triggerKey());
        assertEquals(T.plus(Duration.ofDays(7)), weekly.dueAt());
    }

    @Test
    void completingAWeeklyCheckInSchedulesTheNextOne() {
        PlannedCheckIn weekly = scheduling.nextWeekly(ID, CheckInKind.WEEKLY, Outcome.CONTINUE, TreatmentStatus.ACTIVE, false, T).orElseThrow();
        assertEquals(Trigger.WEEKLY_COMPLETED, weekly.trigger());
        assertEquals(T.plus(Duration.ofDays(7)), weekly.dueAt());
    }

    @ParameterizedTest
    @EnumSource(value = TreatmentStatus.class, names = {"PAUSED", "DISCONTINUED"})
    void noWeeklyCheckInWhileTreatmentIsPausedOrDiscontinued(TreatmentStatus statusAfter) {
        assertTrue(scheduling.nextWeekly(ID, CheckInKind.WEEKLY, Outcome.CONTINUE, statusAfter, false, T).isEmpty());
    }

    @Test
    void noSecondWeeklyCheckInWhileOneIsOpen() {
        assertTrue(scheduling.nextWeekly(ID, CheckInKind.ONBOARDING, Outcome.CONTINUE, TreatmentStatus.ACTIVE, true, T).isEmpty());
    }

    @Test
    void resumingAtAnyOtherCheckInRestartsTheWeeklyCadence() {
        PlannedCheckIn weekly = scheduling.nextWeekly(ID, CheckInKind.URGENT, Outcome.RESUME, TreatmentStatus.ACTIVE, false, T).orElseThrow();
        assertEquals(Trigger.TREATMENT_RESUMED, weekly.trigger());
        assertEquals(T.plus(Duration.ofDays(7)), weekly.dueAt());
    }

    @ParameterizedTest
    @EnumSource(value = CheckInKind.class, names = {"INTEGRATION", "URGENT", "FOLLOW_UP"})
    void otherCheckInsCompletedWithoutResumingDoNotStartAWeeklyCadence(CheckInKind kind) {
        assertTrue(scheduling.nextWeekly(ID, kind, Outcome.CONTINUE, TreatmentStatus.ACTIVE, false, T).isEmpty());
    }

    @Test
    void aPatientsRequestIsAnUrgentCheckInDueWithin24Hours() {
        PlannedCheckIn requested = scheduling.onPatientRequest(ID, T);
        assertEquals(CheckInKind.URGENT, requested.kind());
        assertEquals(Trigger.PATIENT_REQUEST, requested.trigger());
        assertEquals(T.plus(Duration.ofHours(24)), requested.dueAt());
    }

    @Test
    void pausingCancelsOpenWeeklyCheckInsAndDiscontinuingEverythingButUrgentOnes() {
        assertEquals(Set.of(CheckInKind.WEEKLY), Scheduling.cancelledBy(Outcome.PAUSE));
        assertEquals(Set.of(CheckInKind.ONBOARDING, CheckInKind.INTEGRATION, CheckInKind.WEEKLY, CheckInKind.FOLLOW_UP),
                Scheduling.cancelledBy(Outcome.DISCONTINUE));
        assertTrue(Scheduling.cancelledBy(Outcome.RESUME).isEmpty());
    }

    @Test
    void theConfiguredCadenceIsUsed() {
        Cadence slower = new Cadence(Duration.ofDays(5), Duration.ofHours(72), Duration.ofHours(12), Duration.ofDays(30),
                Duration.ofDays(2), Duration.ofDays(14), Duration.ofHours(48));
        Scheduling configured = new Scheduling(slower);
        assertEquals(T.plus(Duration.ofDays(5)), configured.afterApproval(ID, T).get(0).dueAt());
        assertEquals(T.plus(Duration.ofDays(28)), configured.afterApproval(ID, T).get(1).windowOpensAt());
        assertEquals(T.plus(Duration.ofDays(32)), configured.afterApproval(ID, T).get(1).dueAt());
        assertEquals(T.plus(Duration.ofHours(72)), configured.afterSession(ID, 1, T).orElseThrow().dueAt());
        assertEquals(T.plus(Duration.ofHours(12)), configured.afterShipmentFailure(ID, T).dueAt());
        assertEquals(T.plus(Duration.ofHours(48)), configured.onPatientRequest(ID, T).dueAt());
        assertEquals(T.plus(Duration.ofDays(14)),
                configured.nextWeekly(ID, CheckInKind.WEEKLY, Outcome.CONTINUE, TreatmentStatus.ACTIVE, false, T).orElseThrow().dueAt());
    }
}
