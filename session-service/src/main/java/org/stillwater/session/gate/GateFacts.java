package org.stillwater.session.gate;

import java.time.Instant;

/**
 * What the gate knows about the patient before any pre-session answer.
 *
 * @param activePrescription      an issued prescription that is neither cancelled nor superseded
 * @param unitsPerSession         units a session needs at the current dose (1 without a prescription)
 * @param unitsDelivered          units ever delivered
 * @param unitsOnHand             units delivered minus units logged as used
 * @param paused                  treatment paused by a clinician
 * @param discontinued            treatment discontinued
 * @param activeHolds             adverse-event holds not lifted
 * @param onboardingCompleted     the ONBOARDING check-in was completed
 * @param stateOfResidence        the patient's state: the days since the last dose are counted in its local dates
 * @param lastSessionAt           when the last session started (the last dose); null before the first
 * @param minHoursBetweenSessions the protocol's, or the latest adjustment's, minimum interval
 * @param lastCheckInCompletedAt  the latest completed check-in of any kind; null if none
 * @param sessionInProgress       a started session is neither completed nor abandoned
 * @param bpLimitSystolic         the protocol's limit: a reading at or above it blocks
 * @param bpLimitDiastolic        the protocol's limit: a reading at or above it blocks
 * @param sitterRequired          the protocol requires an adult sitter
 */
public record GateFacts(
        boolean activePrescription,
        int unitsPerSession,
        int unitsDelivered,
        int unitsOnHand,
        boolean paused,
        boolean discontinued,
        int activeHolds,
        boolean onboardingCompleted,
        String stateOfResidence,
        Instant lastSessionAt,
        int minHoursBetweenSessions,
        Instant lastCheckInCompletedAt,
        boolean sessionInProgress,
        int bpLimitSystolic,
        int bpLimitDiastolic,
        boolean sitterRequired) {
}
