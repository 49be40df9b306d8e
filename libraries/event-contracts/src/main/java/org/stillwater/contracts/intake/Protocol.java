package org.stillwater.contracts.intake;

/**
 * The treatment protocol a clinician approves: the session gate and prescribing rules read it.
 * Blood pressure limits are exclusive: a reading at or above either limit blocks a session.
 */
public record Protocol(
        int maxDoseMgPerSession,
        int minHoursBetweenSessions,
        boolean sitterRequired,
        int bpLimitSystolic,
        int bpLimitDiastolic) {
}
