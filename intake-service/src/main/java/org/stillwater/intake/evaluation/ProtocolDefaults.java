package org.stillwater.intake.evaluation;

import io.smallrye.config.ConfigMapping;

/** The protocol an approval gets unless the clinician sets its values (stillwater.protocol.*). */
@ConfigMapping(prefix = "stillwater.protocol")
public interface ProtocolDefaults {

    int maxDoseMgPerSession();

    int minHoursBetweenSessions();

    boolean sitterRequired();

    int bpLimitSystolic();

    int bpLimitDiastolic();
}
