package org.stillwater.checkin.schedule;

import java.time.Duration;
import java.time.Period;

/**
 * How long after its trigger each check-in is due (DESIGN §6, Check-ins; configured as stillwater.checkin.schedule.*).
 * Days are calendar days of the patient's state ({@link org.stillwater.regulatory.calendar.PatientCalendar}): a check-in
 * due 7 days after an approval on the 1st is due by the end of the 8th there. Hours are elapsed hours.
 *
 * @param onboardingDueAfter     calendar days after the day of the approval (7 days)
 * @param integrationDueAfter    hours after sessions 1 and 2 end (48 hours)
 * @param urgentDueAfter         hours after the adverse event, crisis reading, failed shipment or check-in (24 hours)
 * @param followUpAfter          the follow-up's day after the day of the approval (28 days)
 * @param followUpWindow         how many days either side of that day it may be held (3 days): due at the end of the last
 * @param weeklyInterval         calendar days from the day of the ONBOARDING or WEEKLY completion to the next WEEKLY (7 days)
 * @param patientRequestDueAfter hours after a patient asks (24 hours)
 */
public record Cadence(Period onboardingDueAfter, Duration integrationDueAfter, Duration urgentDueAfter,
                      Period followUpAfter, Period followUpWindow, Period weeklyInterval, Duration patientRequestDueAfter) {

    /** The defaults of DESIGN §6. */
    public static Cadence standard() {
        return new Cadence(Period.ofDays(7), Duration.ofHours(48), Duration.ofHours(24), Period.ofDays(28),
                Period.ofDays(3), Period.ofDays(7), Duration.ofHours(24));
    }
}
