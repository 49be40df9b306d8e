package org.stillwater.checkin.schedule;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.Period;

/** The configured {@link Cadence} (stillwater.checkin.schedule.*: ISO-8601 periods of calendar days such as P7D, durations of hours such as PT48H). */
@ConfigMapping(prefix = "stillwater.checkin.schedule")
public interface CadenceSettings {

    Period onboardingDueAfter();

    Duration integrationDueAfter();

    Duration urgentDueAfter();

    Period followUpAfter();

    Period followUpWindow();

    Period weeklyInterval();

    Duration patientRequestDueAfter();

    default Cadence cadence() {
        return new Cadence(onboardingDueAfter(), integrationDueAfter(), urgentDueAfter(), followUpAfter(), followUpWindow(),
                weeklyInterval(), patientRequestDueAfter());
    }
}
