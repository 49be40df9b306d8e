package org.stillwater.prescription.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.calendar.PatientCalendar;

class ShipmentDeadlinesTest {

    @Test
    void aFillIsExpiredFromTheMomentItsPrescriptionsLastFillDayEnds() {
        Instant expiresAt = Instant.parse("2026-10-02T04:00:00Z");
        assertFalse(ShipmentDeadlines.expired(expiresAt, expiresAt.minusNanos(1000)));
        assertTrue(ShipmentDeadlines.expired(expiresAt, expiresAt));
    }

    @Test
    void aFillRequestedOnAMondayIsStalledWhenThursdayEndsInThePatientsState() {
        Instant mondayAfternoonInNewYork = Instant.parse("2026-11-02T20:00:00Z");
        Instant thursdayEndsInNewYork = Instant.parse("2026-11-06T05:00:00Z");

        assertEquals(thursdayEndsInNewYork, ShipmentDeadlines.stalledFrom(PatientCalendar.of("NY"), mondayAfternoonInNewYork, 3));
        assertFalse(ShipmentDeadlines.stalled(PatientCalendar.of("NY"), mondayAfternoonInNewYork, 3, thursdayEndsInNewYork.minusSeconds(1)));
        assertTrue(ShipmentDeadlines.stalled(PatientCalendar.of("NY"), mondayAfternoonInNewYork, 3, thursdayEndsInNewYork));
    }

    @Test
    void inAStateOfTwoZonesAFillIsStalledWhereTheDayEndsFirst() {
        // Texas: Central (most of the state) and Mountain (El Paso); Thursday ends first in Central time.
        Instant mondayMorning = Instant.parse("2026-11-02T16:00:00Z");
        assertEquals(Instant.parse("2026-11-06T06:00:00Z"), ShipmentDeadlines.stalledFrom(PatientCalendar.of("TX"), mondayMorning, 3));
    }

    @Test
    void theDaysFollowTheCivilCalendarAcrossTheEndOfDaylightSavingTime() {
        // Requested on Friday 30 October 2026 in California; clocks go back on Sunday 1 November: Monday ends at 08:00Z.
        Instant fridayInCalifornia = Instant.parse("2026-10-30T18:00:00Z");
        assertEquals(Instant.parse("2026-11-03T08:00:00Z"), ShipmentDeadlines.stalledFrom(PatientCalendar.of("CA"), fridayInCalifornia, 3));
    }
}
