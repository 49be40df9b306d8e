package org.stillwater.session.gate;

import java.time.Duration;
import java.time.Period;

/**
 * The gate's configured clinical limits (the protocol's own limits come with the patient's facts).
 *
 * @param crisisSystolic       a reading at or above this systolic value is a crisis (default 180)
 * @param crisisDiastolic      a reading at or above this diastolic value is a crisis (default 110)
 * @param lapseBeforeCheckIn   more calendar days than this since the day of the last dose, in the patient's state, need a
 *                             clinician check-in first (default 12 weeks)
 * @param substanceWindow      no alcohol or benzodiazepines within this window before a session (default 24 hours)
 */
public record GateLimits(int crisisSystolic, int crisisDiastolic, Period lapseBeforeCheckIn, Duration substanceWindow) {
}
