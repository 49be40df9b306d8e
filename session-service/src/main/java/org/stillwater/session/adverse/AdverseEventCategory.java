package org.stillwater.session.adverse;

/** What kind of adverse event (AdverseEventReported.category). The description says the rest. */
public enum AdverseEventCategory {
    PROLONGED_DISSOCIATION,
    PANIC_OR_AGITATION,
    HALLUCINATIONS_OR_PSYCHOSIS,
    SUICIDAL_THOUGHTS,
    ELEVATED_BLOOD_PRESSURE,
    CHEST_PAIN_OR_PALPITATIONS,
    BREATHING_DIFFICULTY,
    LOSS_OF_CONSCIOUSNESS,
    SEIZURE,
    FALL_OR_INJURY,
    SEVERE_NAUSEA_OR_VOMITING,
    ALLERGIC_REACTION,
    URINARY_SYMPTOMS,
    MISUSE_OR_DIVERSION,
    OTHER
}
