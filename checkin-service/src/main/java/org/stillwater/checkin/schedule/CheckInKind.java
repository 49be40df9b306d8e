package org.stillwater.checkin.schedule;

/** The kinds of DESIGN §4 ({@code CheckInScheduled.kind}). */
public enum CheckInKind {
    /** Preparation before the first dose; its completion opens session-service's gate. */
    ONBOARDING,
    /** After sessions 1 and 2. */
    INTEGRATION,
    /** The cadence while treatment is active. */
    WEEKLY,
    /** A safety concern: adverse event, blood-pressure crisis, self-harm thoughts, a failed shipment, a patient's request. */
    URGENT,
    /** The week-4 evaluation: PHQ-9 and GAD-7 against the baseline, and a decision. */
    FOLLOW_UP
}
