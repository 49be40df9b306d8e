package org.stillwater.session.gate;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.Period;

/** The gate's clinical defaults (stillwater.gate.*), each overridable by its environment variable. */
@ConfigMapping(prefix = "stillwater.gate")
public interface GateSettings {

    /** A pre-session systolic reading at or above this is a crisis: URGENT escalation. */
    int crisisSystolic();

    /** A pre-session diastolic reading at or above this is a crisis: URGENT escalation. */
    int crisisDiastolic();

    /** More than this many weeks since the last dose: a clinician check-in first. */
    int checkInAfterWeeksWithoutDose();

    /** No alcohol or benzodiazepines within this many hours before a session. */
    int substanceWindowHours();

    default GateLimits limits() {
        return new GateLimits(crisisSystolic(), crisisDiastolic(), Period.ofWeeks(checkInAfterWeeksWithoutDose()),
                Duration.ofHours(substanceWindowHours()));
    }
}
