package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.calendar.LastDay;
import org.stillwater.regulatory.calendar.PatientCalendar;

/** 21 CFR 1306.22: no fill more than six months after the issue date, in the patient's own days. */
class PrescriptionExpiryTest {

    /** Noon on 1 April 2026 in New York. */
    private static final Instant ISSUED_AT = Instant.parse("2026-04-01T16:00:00Z");
    private static final PatientCalendar NEW_YORK = PatientCalendar.of("NY");

    @Test
    void theLastFillDayIsSixCalendarMonthsAfterTheIssueDate() {
        LastDay lastFillDay = PrescriptionExpiry.lastFillDay(NEW_YORK, ISSUED_AT);
        assertEquals(LocalDate.of(2026, 10, 1), lastFillDay.day());
        assertEquals(183, ChronoUnit.DAYS.between(LocalDate.of(2026, 4, 1), lastFillDay.day()));
    }

    @Test
    void aFillOnDay183TheLastFillDayIsAllowedUntilItsLocalMidnight() {
        Instant expiresAt = PrescriptionExpiry.lastFillDay(NEW_YORK, ISSUED_AT).endsAt();
        assertEquals(Instant.parse("2026-10-02T04:00:00Z"), expiresAt);
        assertFalse(PrescriptionExpiry.expired(expiresAt, Instant.parse("2026-10-02T03:59:59Z")), "23:59:59 EDT on 1 October");
    }

    @Test
    void aFillOnDay184IsRefused() {
        Instant expiresAt = PrescriptionExpiry.lastFillDay(NEW_YORK, ISSUED_AT).endsAt();
        assertTrue(PrescriptionExpiry.expired(expiresAt, expiresAt));
    }

    @Test
    void theIssueDayIsThePatientsDayNotTheUtcDay() {
        // 21:00 PDT on 1 April is 04:00 UTC on 2 April: a Californian's six months end with 1 October
        LastDay lastFillDay = PrescriptionExpiry.lastFillDay(PatientCalendar.of("CA"), Instant.parse("2026-04-02T04:00:00Z"));
        assertEquals(LocalDate.of(2026, 10, 1), lastFillDay.day());
        assertEquals(Instant.parse("2026-10-02T07:00:00Z"), lastFillDay.endsAt());
    }

    @Test
    void aHawaiiPatientsPrescriptionExpiresAtMidnightInHonolulu() {
        LastDay lastFillDay = PrescriptionExpiry.lastFillDay(PatientCalendar.of("HI"), Instant.parse("2026-04-01T22:00:00Z"));
        assertEquals(Instant.parse("2026-10-02T10:00:00Z"), lastFillDay.endsAt());
    }

    @Test
    void aTwoZoneStatesPrescriptionExpiresWhenTheLastFillDayEndsInItsEasternZone() {
        LastDay lastFillDay = PrescriptionExpiry.lastFillDay(PatientCalendar.of("TX"), Instant.parse("2026-04-01T18:00:00Z"));
        assertEquals(LocalDate.of(2026, 10, 1), lastFillDay.day());
        assertEquals(Instant.parse("2026-10-02T05:00:00Z"), lastFillDay.endsAt(), "00:00 CDT in Houston, 23:00 MDT in El Paso");
    }

    @Test
    void sixMonthsAreCalendarMonthsNot183Days() {
        assertEquals(LocalDate.of(2027, 1, 1), PrescriptionExpiry.lastFillDay(NEW_YORK, Instant.parse("2026-07-01T16:00:00Z")).day());
    }

    @Test
    void theEndOfAMonthMapsToTheEndOfTheShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), PrescriptionExpiry.lastFillDay(NEW_YORK, Instant.parse("2026-08-31T16:00:00Z")).day());
    }
}
