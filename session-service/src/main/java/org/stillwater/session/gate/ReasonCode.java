package org.stillwater.session.gate;

/**
 * Why the gate refuses a session: the codes SessionBlocked carries and the 422 lists. {@link #subject()} is
 * the request field, or the rule, each one is about.
 */
public enum ReasonCode {
    NO_ACTIVE_PRESCRIPTION("prescription"),
    MEDICATION_NOT_DELIVERED("unitsOnHand"),
    INSUFFICIENT_UNITS_ON_HAND("unitsOnHand"),
    TREATMENT_DISCONTINUED("treatment"),
    TREATMENT_PAUSED("treatment"),
    ADVERSE_EVENT_HOLD("holds"),
    ONBOARDING_CHECK_IN_NOT_COMPLETED("onboardingCheckIn"),
    SESSION_IN_PROGRESS("sessionInProgress"),
    TOO_SOON_SINCE_LAST_SESSION("minHoursBetweenSessions"),
    CLINICIAN_CHECK_IN_REQUIRED("clinicianCheckIn"),
    BLOOD_PRESSURE_ABOVE_LIMIT("bloodPressure"),
    BLOOD_PRESSURE_CRISIS("bloodPressure"),
    SITTER_ABSENT("sitterPresent"),
    SITTER_NOT_ADULT("sitterAdult"),
    RECENT_ALCOHOL("recentAlcohol"),
    RECENT_BENZODIAZEPINES("recentBenzodiazepines"),
    NO_DRIVING_NOT_ACKNOWLEDGED("noDrivingAcknowledged"),
    UNSAFE_SETTING("safeSetting");

    private final String subject;

    ReasonCode(String subject) {
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
