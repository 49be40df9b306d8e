package org.stillwater.checkin.schedule;

/** What caused a check-in ({@code CheckInScheduled.trigger}). */
public enum Trigger {
    /** ONBOARDING and FOLLOW_UP, keyed by the evaluation. */
    EVALUATION_APPROVED,
    /** INTEGRATION, keyed by the session. */
    SESSION_1_COMPLETED,
    SESSION_2_COMPLETED,
    /** WEEKLY, keyed by the check-in whose completion continues the weekly cadence. */
    ONBOARDING_COMPLETED,
    WEEKLY_COMPLETED,
    TREATMENT_RESUMED,
    /** URGENT, keyed by the adverse event (SEVERE, LIFE_THREATENING or a hold placed); completing it lifts the hold. */
    ADVERSE_EVENT,
    /** URGENT, keyed by the blocked session attempt (blood pressure at or above 180/110). */
    BLOOD_PRESSURE_CRISIS,
    /** URGENT, keyed by the check-in whose PHQ-9 item 9 was above 0. */
    SELF_HARM_THOUGHTS,
    /** URGENT, keyed by the shipment that was lost, damaged or returned. */
    SHIPMENT_FAILED,
    /** URGENT, keyed by the request: the patient (or their partner) asked for it. */
    PATIENT_REQUEST
}
