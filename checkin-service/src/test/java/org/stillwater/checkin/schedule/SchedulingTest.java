package org.stillwater.checkin.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.regulatory.calendar.PatientCalendar;

class SchedulingTest {

    /** 07:30 PST on Monday 2 March 2026 in California; daylight saving time starts on Sunday 8 March. */
    private static final Instant T = Instant.parse("2026-03-02T15:30:00Z");
    private static final PatientCalendar CALIFORNIA = PatientCalendar.of("CA");
    private static final UUID ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final List<Integer> NO_SELF_HARM = List.of(2, 2, 1, 1, 1, 1, 1, 1, 0);

    private final Scheduling scheduling = new Scheduling(Cadence.standard());

    @Test
    void approvalSchedulesOnboardingDueByTheEndOfTheSeventhDayAfterInThePatientsZone() {
        PlannedCheckIn onboarding = scheduling.afterApproval(ID, T, CALIFORNIA).get(0);
        assertEquals(CheckInKind.ONBOARDING, onboarding.kind());
        assertEquals(Trigger.EVALUATION_APPROVED, onboarding.trigger());
        assertEquals(ID, onboarding.triggerKey());
        assertEquals(Instant.parse("2026-03-10T07:00:00Z"), onboarding.dueAt(), "midnight PDT after 9 March, across the change to DST");
        assertNull(onboarding.windowOpensAt());
    }

    @Test
    void approvalSchedulesTheFollowUpOnDay28HeldFromTheStartOfDay25AndDueByTheEndOfDay31() {
        PlannedCheckIn followUp = scheduling.afterApproval(ID, T, CALIFORNIA).get(1);
        assertEquals(CheckInKind.FOLLOW_UP, followUp.kind());
        assertEquals(Trigger.EVALUATION_APPROVED, followUp.trigger());
        assertEquals(Instant.parse("2026-03-27T07:00:00Z"), followUp.windowOpensAt(), "00:00 PDT on 27 March");
        assertEquals(Instant.parse("2026-04-03T07:00:00Z"), followUp.dueAt(), "the end of 2 April in California");
    }

    @Test
    void anEveningApprovalInCaliforniaCountsFromTheCaliforniaDayNotTheUtcDay() {
        // 20:00 PST on 1 March is 04:00 UTC on 2 March
        PlannedCheckIn onboarding = scheduling.afterApproval(ID, Instant.parse("2026-03-02T04:00:00Z"), CALIFORNIA).get(0);
        assertEquals(Instant.parse("2026-03-09T07:00:00Z"), onboarding.dueAt(), "the end of 8 March in California");
    }

    @Test
    void aHawaiiPatientsOnboardingIsDueAtMidnightInHonolulu() {
        PlannedCheckIn onboarding = scheduling.afterApproval(ID, T, PatientCalendar.of("HI")).get(0);
        assertEquals(Instant.parse("2026-03-10T10:00:00Z"), onboarding.dueAt());
    }

    @Test
    void aTwoZoneStatesFollowUpOpensWhenDay25HasBegunInElPasoAndIsDueWhenDay31EndsInHouston() {
        PlannedCheckIn followUp = scheduling.afterApproval(ID, T, PatientCalendar.of("TX")).get(1);
        assertEquals(Instant.parse("2026-03-27T06:00:00Z"), followUp.windowOpensAt(), "00:00 MDT in El Paso");
        assertEquals(Instant.parse("2026-04-03T05:00:00Z"), followUp.dueAt(), "00:00 CDT in Houston");
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
        PlannedCheckIn weekly = scheduling.nextWeekly(ID, CheckInKind.ONBOARDING, outcome, TreatmentStatus.ACTIVE, false, T, CALIFORNIA).orElseThrow();
        assertEquals(CheckInKind.WEEKLY, weekly.kind());
        assertEquals(Trigger.ONBOARDING_COMPLETED, weekly.trigger());
        assertEquals(ID, weekly.triggerKey());
        assertEquals(Instant.parse("2026-03-10T07:00:00Z"), weekly.dueAt());
    }

    @Test
    void completingAWeeklyCheckInSchedulesTheNextOne() {
        PlannedCheckIn weekly = scheduling.nextWeekly(ID, CheckInKind.WEEKLY, Outcome.CONTINUE, TreatmentStatus.ACTIVE, false, T, CALIFORNIA).orElseThrow();
        assertEquals(Trigger.WEEKLY_COMPLETED, weekly.trigger());
        assertEquals(Instant.parse("2026-03-10T07:00:00Z"), weekly.dueAt());
    }

    @ParameterizedTest
    @EnumSource(value = TreatmentStatus.class, names = {"PAUSED", "DISCONTINUED"})
    void noWeeklyCheckInWhileTreatmentIsPausedOrDiscontinued(TreatmentStatus statusAfter) {
        assertTrue(scheduling.nextWeekly(ID, CheckInKind.WEEKLY, Outcome.CONTINUE, statusAfter, false, T, CALIFORNIA).isEmpty());
    }

    @Test
    void noSecondWeeklyCheckInWhileOneIsOpen() {
        assertTrue(scheduling.nextWeekly(ID, CheckInKind.ONBOARDING, Outcome.CONTINUE, TreatmentStatus.ACTIVE, true, T, CALIFORNIA).isEmpty());
    }

    @Test
    void resumingAtAnyOtherCheckInRestartsTheWeeklyCadence() {
        PlannedCheckIn weekly = scheduling.nextWeekly(ID, CheckInKind.URGENT, Outcome.RESUME, TreatmentStatus.ACTIVE, false, T, CALIFORNIA).orElseThrow();
        assertEquals(Trigger.TREATMENT_RESUMED, weekly.trigger());
        assertEquals(Instant.parse("2026-03-10T07:00:00Z"), weekly.dueAt());
    }

    @ParameterizedTest
    @EnumSource(value = CheckInKind.class, names = {"INTEGRATION", "URGENT", "FOLLOW_UP"})
    void otherCheckInsCompletedWithoutResumingDoNotStartAWeeklyCadence(CheckInKind kind) {
        assertTrue(scheduling.nextWeekly(ID, kind, Outcome.CONTINUE, TreatmentStatus.ACTIVE, false, T, CALIFORNIA).isEmpty());
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
        Cadence slower = new Cadence(Period.ofDays(5), Duration.ofHours(72), Duration.ofHours(12), Period.ofDays(30),
                Period.ofDays(2), Period.ofDays(14), Duration.ofHours(48));
        Scheduling configured = new Scheduling(slower);
        assertEquals(CALIFORNIA.lastDay(T, Period.ofDays(5)).endsAt(), configured.afterApproval(ID, T, CALIFORNIA).get(0).dueAt());
        assertEquals(CALIFORNIA.firstMomentOf(T, Period.ofDays(28)), configured.afterApproval(ID, T, CALIFORNIA).get(1).windowOpensAt());
        assertEquals(CALIFORNIA.lastDay(T, Period.ofDays(32)).endsAt(), configured.afterApproval(ID, T, CALIFORNIA).get(1).dueAt());
        assertEquals(T.plus(Duration.ofHours(72)), configured.afterSession(ID, 1, T).orElseThrow().dueAt());
        assertEquals(T.plus(Duration.ofHours(12)), configured.afterShipmentFailure(ID, T).dueAt());
        assertEquals(T.plus(Duration.ofHours(48)), configured.onPatientRequest(ID, T).dueAt());
        assertEquals(CALIFORNIA.lastDay(T, Period.ofDays(14)).endsAt(),
                configured.nextWeekly(ID, CheckInKind.WEEKLY, Outcome.CONTINUE, TreatmentStatus.ACTIVE, false, T, CALIFORNIA).orElseThrow().dueAt());
    }
}
