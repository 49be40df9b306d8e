package org.stillwater.intake.screening;

import java.util.Optional;

/** Coded medical history; the ones that weigh on ketamine treatment name their flag. */
public enum Condition {
    PSYCHOTIC_DISORDER(FlagCode.PSYCHOTIC_DISORDER),
    ANEURYSMAL_VASCULAR_DISEASE(FlagCode.ANEURYSMAL_VASCULAR_DISEASE),
    CARDIOVASCULAR_DISEASE(FlagCode.CARDIOVASCULAR_DISEASE),
    HYPERTHYROIDISM(FlagCode.HYPERTHYROIDISM),
    LIVER_DISEASE(FlagCode.LIVER_DISEASE),
    BLADDER_OR_CYSTITIS_HISTORY(FlagCode.BLADDER_OR_CYSTITIS_HISTORY),
    BIPOLAR_DISORDER(FlagCode.BIPOLAR_DISORDER),
    MAJOR_DEPRESSIVE_DISORDER(null),
    GENERALIZED_ANXIETY_DISORDER(null),
    POST_TRAUMATIC_STRESS_DISORDER(null),
    OBSESSIVE_COMPULSIVE_DISORDER(null),
    CHRONIC_PAIN(null),
    OTHER(null);

    private final FlagCode flag;

    Condition(FlagCode flag) {
        this.flag = flag;
    }

    public Optional<FlagCode> flag() {
        return Optional.ofNullable(flag);
    }
}
