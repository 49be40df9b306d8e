package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class PrescriptionExpiryTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 1);

    @Test
    void theLastFillDayIsSixCalendarMonthsAfterTheIssueDate() {
        assertEquals(LocalDate.of(2026, 10, 1), PrescriptionExpiry.lastFillDay(ISSUED));
        assertEquals(183, ChronoUnit.DAYS.between(ISSUED, PrescriptionExpiry.lastFillDay(ISSUED)));
    }

    @Test
    void aFillOnDay183TheLastFillDayIsAllowed() {
        assertFalse(PrescriptionExpiry.expired(PrescriptionExpiry.lastFillDay(ISSUED), ISSUED.plusDays(183)));
    }

    @Test
    void aFillOnDay184IsRefused() {
        assertTrue(PrescriptionExpiry.expired(PrescriptionExpiry.lastFillDay(ISSUED), ISSUED.plusDays(184)));
    }

    @Test
    void sixMonthsAreCalendarMonthsNot183Days() {
        LocalDate issued = LocalDate.of(2026, 7, 1);
        assertEquals(LocalDate.of(2027, 1, 1), PrescriptionExpiry.lastFillDay(issued));
        assertFalse(PrescriptionExpiry.expired(PrescriptionExpiry.lastFillDay(issued), issued.plusDays(184)));
        assertTrue(PrescriptionExpiry.expired(PrescriptionExpiry.lastFillDay(issued), issued.plusDays(185)));
    }

    @Test
    void theEndOfAMonthMapsToTheEndOfTheShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), PrescriptionExpiry.lastFillDay(LocalDate.of(2026, 8, 31)));
    }

    @Test
    void itExpiresAtMidnightUtcAfterTheLastFillDay() {
        assertEquals(Instant.parse("2026-10-02T00:00:00Z"), PrescriptionExpiry.expiresAt(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void theIssueDayIsTheUtcDay() {
        assertEquals(LocalDate.of(2026, 4, 1), PrescriptionExpiry.issueDay(Instant.parse("2026-04-01T23:59:59Z")));
    }
}
