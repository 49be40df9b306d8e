package org.stillwater.session.homesession;

/** Side effects a patient may log after a session (SessionCompleted.sideEffects). */
public enum SideEffect {
    NAUSEA,
    VOMITING,
    DIZZINESS,
    HEADACHE,
    DISSOCIATION,
    DROWSINESS,
    BLURRED_VISION,
    NUMBNESS_OR_TINGLING,
    ANXIETY,
    CONFUSION,
    ELEVATED_HEART_RATE,
    ELEVATED_BLOOD_PRESSURE,
    URINARY_DISCOMFORT,
    OTHER
}
