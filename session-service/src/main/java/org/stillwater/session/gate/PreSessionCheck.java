package org.stillwater.session.gate;

/**
 * The patient's answers just before a session.
 *
 * @param sitterAdult null when not stated: not confirmed adult
 */
public record PreSessionCheck(
        int systolic,
        int diastolic,
        boolean sitterPresent,
        Boolean sitterAdult,
        boolean safeSetting,
        boolean noDrivingAcknowledged,
        boolean recentAlcohol,
        boolean recentBenzodiazepines) {
}
