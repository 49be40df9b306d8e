package org.stillwater.intake.evaluation;

/** How the clinician evaluated the patient. AUDIO_ONLY exists to be refused with a clear reason. */
public enum Modality {
    VIDEO,
    IN_PERSON,
    AUDIO_ONLY
}
