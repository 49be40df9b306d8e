package org.stillwater.regulatory.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The patient's local date at the boundaries the real world adds: zones, two-zone states, DST, leap days. */
class PatientCalendarTest {

    private static final LocalDate BORN = LocalDate.of(2008, 11, 30);

    @Test
    void aCaliforniaPatientIs17At0201UtcOnTheir18thBirthdayBecauseItIsStillTheDayBeforeInCalifornia() {
        assertEquals(17, PatientCalendar.of("CA").ageAt(BORN, Instant.parse("2026-11-30T02:01:00Z")));
    }

    @Test
    void pacificBornExactly18YearsAgoIs17AnHourBeforeLocalMidnightAnd18AnHourAfter() {
        PatientCalendar california = PatientCalendar.of("CA");
        assertEquals(17, california.ageAt(BORN, Instant.parse("2026-11-30T07:00:00Z")));
        assertEquals(18, california.ageAt(BORN, Instant.parse("2026-11-30T09:00:00Z")));
    }

    @Test
    void pacificTurns18AtLocalMidnightExactly() {
        PatientCalendar california = PatientCalendar.of("CA");
        Instant midnight = LocalDate.of(2026, 11, 30).atStartOfDay(ZoneId.of("America/Los_Angeles")).toInstant();
        assertEquals(17, california.ageAt(BORN, midnight.minusNanos(1)));
        assertEquals(18, california.ageAt(BORN, midnight));
    }

    @Test
    void hawaiiBornExactly18YearsAgoIs17AnHourBeforeLocalMidnightAnd18AnHourAfter() {
        PatientCalendar hawaii = PatientCalendar.of("HI");
        assertEquals(17, hawaii.ageAt(BORN, Instant.parse("2026-11-30T09:00:00Z")));
        assertEquals(18, hawaii.ageAt(BORN, Instant.parse("2026-11-30T11:00:00Z")));
    }

    @Test
    void aTwoZoneStateJudgesAgeInItsWesternZoneWhereThePatientIsYoungest() {
        PatientCalendar texas = PatientCalendar.of("TX");
        // 00:30 in Houston (Central), 23:30 the day before in El Paso (Mountain)
        assertEquals(17, texas.ageAt(BORN, Instant.parse("2026-11-30T06:30:00Z")));
        // an hour before and after midnight in El Paso
        assertEquals(17, texas.ageAt(BORN, Instant.parse("2026-11-30T06:00:00Z")));
        assertEquals(18, texas.ageAt(BORN, Instant.parse("2026-11-30T08:00:00Z")));
    }

    @Test
    void alaskaJudgesAgeOnTheAleutianClock() {
        PatientCalendar alaska = PatientCalendar.of("AK");
        // 00:30 in Anchorage (UTC-9), 23:30 the day before in Adak (UTC-10)
        assertEquals(17, alaska.ageAt(BORN, Instant.parse("2026-11-30T09:30:00Z")));
        assertEquals(18, alaska.ageAt(BORN, Instant.parse("2026-11-30T10:30:00Z")));
    }

    @Test
    void aLeapDayBirthdayIsReachedOnTheFirstOfMarchInACommonYear() {
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        assertEquals(17, PatientCalendar.completedYears(leapDay, LocalDate.of(2026, 2, 28)));
        assertEquals(18, PatientCalendar.completedYears(leapDay, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aLeapDayBirthdayIsReachedOnTheLeapDayInALeapYear() {
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        assertEquals(19, PatientCalendar.completedYears(leapDay, LocalDate.of(2028, 2, 28)));
        assertEquals(20, PatientCalendar.completedYears(leapDay, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aLeapDayBirthdayAtLocalMidnightInCalifornia() {
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        Instant firstOfMarch = LocalDate.of(2026, 3, 1).atStartOfDay(ZoneId.of("America/Los_Angeles")).toInstant();
        assertEquals(17, PatientCalendar.of("CA").ageAt(leapDay, firstOfMarch.minusSeconds(3600)));
        assertEquals(18, PatientCalendar.of("CA").ageAt(leapDay, firstOfMarch.plusSeconds(3600)));
    }

    @Test
    void aDeadlineEndsAtLocalMidnightAfterItsLastDay() {
        // approved at noon on 1 December in California: "within 7 days" is due by the end of 8 December there
        LastDay due = PatientCalendar.of("CA").lastDay(Instant.parse("2026-12-01T20:00:00Z"), Period.ofDays(7));
        assertEquals(LocalDate.of(2026, 12, 8), due.day());
        assertEquals(Instant.parse("2026-12-09T08:00:00Z"), due.endsAt());
    }

    @Test
    void aDeadlineCountsThePatientsDayNotTheUtcDay() {
        // 18:00 on 1 December in California is already 2 December in UTC
        LastDay due = PatientCalendar.of("CA").lastDay(Instant.parse("2026-12-02T02:00:00Z"), Period.ofDays(7));
        assertEquals(LocalDate.of(2026, 12, 8), due.day());
    }

    @Test
    void aDeadlineOverADaylightSavingChangeEndsAtLocalMidnightNotAfterWholeDaysOf24Hours() {
        // DST starts on 8 March 2026 in California: 7 days from noon on 5 March end at 00:00 PDT on 13 March
        Instant approved = Instant.parse("2026-03-05T20:00:00Z");
        LastDay due = PatientCalendar.of("CA").lastDay(approved, Period.ofDays(7));
        assertEquals(Instant.parse("2026-03-13T07:00:00Z"), due.endsAt());
        assertEquals(Duration.ofDays(7).plusHours(11), Duration.between(approved, due.endsAt()));
    }

    @Test
    void aTwoZoneStatesDeadlineEndsWhenItsLastDayEndsInItsEasternZone() {
        LastDay due = PatientCalendar.of("TX").lastDay(Instant.parse("2026-12-01T18:00:00Z"), Period.ofDays(7));
        assertEquals(ZoneId.of("America/Chicago"), due.zone());
        assertEquals(Instant.parse("2026-12-09T06:00:00Z"), due.endsAt());
        assertFalse(due.isOver(Instant.parse("2026-12-09T05:59:59Z")));
        assertTrue(due.isOver(Instant.parse("2026-12-09T06:00:00Z")), "23:00 in El Paso, but the day is over in Houston");
    }

    @Test
    void aTwoZoneStatesDeadlineCountsFromTheDayInEachZone() {
        // 00:30 on 2 December in Houston is 23:30 on 1 December in El Paso: the El Paso count ends first
        LastDay due = PatientCalendar.of("TX").lastDay(Instant.parse("2026-12-02T06:30:00Z"), Period.ofDays(7));
        assertEquals(ZoneId.of("America/Denver"), due.zone());
        assertEquals(LocalDate.of(2026, 12, 8), due.day());
        assertEquals(Instant.parse("2026-12-09T07:00:00Z"), due.endsAt());
    }

    @Test
    void sixMonthsAfterIssueAreCalendarMonthsInThePatientsZone() {
        LastDay lastFill = PatientCalendar.of("NY").lastDay(Instant.parse("2026-04-01T15:00:00Z"), Period.ofMonths(6));
        assertEquals(LocalDate.of(2026, 10, 1), lastFill.day());
        assertEquals(Instant.parse("2026-10-02T04:00:00Z"), lastFill.endsAt());
    }

    @Test
    void aWindowThatMustNotOpenEarlyOpensWhenItsFirstDayHasBegunEverywhereInTheState() {
        Instant approved = Instant.parse("2026-12-01T18:00:00Z");
        assertEquals(Instant.parse("2026-12-26T08:00:00Z"), PatientCalendar.of("CA").firstMomentOf(approved, Period.ofDays(25)));
        assertEquals(Instant.parse("2026-12-26T07:00:00Z"), PatientCalendar.of("TX").firstMomentOf(approved, Period.ofDays(25)),
                "midnight in El Paso, an hour after Houston's");
    }

    @Test
    void theEarliestAndLatestDatesOfAStateAtOneInstant() {
        Instant at = Instant.parse("2026-11-30T06:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 29), PatientCalendar.of("TX").earliestDate(at));
        assertEquals(LocalDate.of(2026, 11, 30), PatientCalendar.of("TX").latestDate(at));
    }

    @Test
    void everyStateAndDcHasItsZones() {
        assertEquals(51, StateTimeZones.states().size());
        StateTimeZones.states().forEach(state -> assertFalse(StateTimeZones.of(state).isEmpty(), state));
    }

    @Test
    void aCodeThatIsNotAStateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PatientCalendar.of("XX"));
        assertThrows(IllegalArgumentException.class, () -> PatientCalendar.of(null));
    }
}
