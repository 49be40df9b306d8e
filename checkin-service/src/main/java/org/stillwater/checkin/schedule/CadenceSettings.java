package org.stillwater.checkin.schedule;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The configured {@link Cadence} (stillwater.checkin.schedule.*, ISO-8601 durations such as P7D or PT48H). */
@ConfigMapping(prefix = "stillwater.checkin.schedule")
public interface CadenceSettings {

    Duration onboardingDueAfter();

    Duration integrationDueAfter();

    Duration urgentDueAfter();

    Duration followUpAfter();

    Duration followUpWindow();

    Duration weeklyInterval();

    Duration patientRequestDueAfter();

    default Cadence cadence() {
        return new Cadence(onboardingDueAfter(), integrationDueAfter(), urgentDueAfter(), followUpAfter(), followUpWindow(),
                weeklyInterval(), patientRequestDueAfter());
    }
}
