package org.stillwater.checkin.treatment;

/** A clinician's decision at a check-in (the {@code outcome} of {@code CheckInCompleted}). */
public enum Outcome {
    /** Go on as before (a paused treatment stays paused). */
    CONTINUE,
    /** New dose per session and/or minimum hours between sessions: {@code DosageAdjusted}. */
    ADJUST,
    /** No sessions and no fills until resumed: {@code TreatmentPaused}. */
    PAUSE,
    /** A pause (or an adverse-event hold) ends: {@code TreatmentResumed}. */
    RESUME,
    /** Treatment ends for good: {@code TreatmentDiscontinued}. */
    DISCONTINUE
}
