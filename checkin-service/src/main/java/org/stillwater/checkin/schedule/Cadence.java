package org.stillwater.checkin.schedule;

import java.time.Duration;

/**
 * How long after its trigger each check-in is due (DESIGN §6, Check-ins; configured as stillwater.checkin.schedule.*).
 *
 * @param onboardingDueAfter     after the approval (7 days)
 * @param integrationDueAfter    after sessions 1 and 2 end (48 hours)
 * @param urgentDueAfter         after the adverse event, crisis reading, failed shipment or check-in (24 hours)
 * @param followUpAfter          the follow-up's day after the approval (28 days)
 * @param followUpWindow         how far either side of that day it may be held (3 days): due at the window's end
 * @param weeklyInterval         the next WEEKLY after the ONBOARDING or WEEKLY completion (7 days)
 * @param patientRequestDueAfter after a patient asks (24 hours)
 */
public record Cadence(Duration onboardingDueAfter, Duration integrationDueAfter, Duration urgentDueAfter,
                      Duration followUpAfter, Duration followUpWindow, Duration weeklyInterval, Duration patientRequestDueAfter) {

    /** The defaults of DESIGN §6. */
    public static Cadence standard() {
        return new Cadence(Duration.ofDays(7), Duration.ofHours(48), Duration.ofHours(24), Duration.ofDays(28),
                Duration.ofDays(3), Duration.ofDays(7), Duration.ofHours(24));
    }
}
