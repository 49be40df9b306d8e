package org.stillwater.intake.screening;

import java.util.Optional;

/** Coded current medications; the classes that interact with ketamine name their flag. */
public enum MedicationClass {
    BENZODIAZEPINE(FlagCode.CURRENT_BENZODIAZEPINE),
    GABAPENTINOID(FlagCode.CURRENT_GABAPENTINOID),
    OPIOID(FlagCode.CURRENT_OPIOID),
    SSRI(null),
    SNRI(null),
    BUPROPION(null),
    MAOI(null),
    TRICYCLIC_ANTIDEPRESSANT(null),
    LITHIUM(null),
    ANTIPSYCHOTIC(null),
    STIMULANT(null),
    ANTIHYPERTENSIVE(null),
    THYROID_HORMONE(null),
    OTHER(null);

    private final FlagCode flag;

    MedicationClass(FlagCode flag) {
        this.flag = flag;
    }

    public Optional<FlagCode> flag() {
        return Optional.ofNullable(flag);
    }
}
