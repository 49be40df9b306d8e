package org.stillwater.vitals;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a blood pressure reading can be real (DESIGN §6: "vital signs must be plausible, systolic above
 * diastolic, physiological ranges, the same rule at intake and before a session"). The ranges are what a home
 * cuff reads, 40–300 mmHg systolic and 20–200 mmHg diastolic: wide on purpose, so that a real crisis reading is
 * never refused as implausible (it must reach the rules that escalate it). Within the ranges, the systolic value
 * must be above the diastolic one; that is only judged when both values are in range.
 */
public final class BloodPressurePlausibility {

    public static final int SYSTOLIC_MIN_MMHG = 40;
    public static final int SYSTOLIC_MAX_MMHG = 300;
    public static final int DIASTOLIC_MIN_MMHG = 20;
    public static final int DIASTOLIC_MAX_MMHG = 200;

    /** The code of a value outside its range. */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** The code of a pair whose systolic value is not above its diastolic value. */
    public static final String IMPLAUSIBLE_READING = "implausible-reading";

    private BloodPressurePlausibility() {
    }

    /**
     * One reason a reading is implausible.
     *
     * @param component {@code systolic}, {@code diastolic}, or empty for the pair
     * @param code      {@link #OUT_OF_RANGE} or {@link #IMPLAUSIBLE_READING}
     * @param message   what is wrong, for a human
     */
    public record Implausibility(String component, String code, String message) {
    }

    /**
     * Every reason the reading (mmHg) is implausible; empty when it is plausible. A missing value is not judged
     * here (the request's own validation says it is required).
     */
    public static List<Implausibility> check(Integer systolic, Integer diastolic) {
        List<Implausibility> reasons = new ArrayList<>();
        if (systolic != null && (systolic < SYSTOLIC_MIN_MMHG || systolic > SYSTOLIC_MAX_MMHG)) {
            reasons.add(new Implausibility("systolic", OUT_OF_RANGE,
                    "must be " + SYSTOLIC_MIN_MMHG + " to " + SYSTOLIC_MAX_MMHG + " mmHg"));
        }
        if (diastolic != null && (diastolic < DIASTOLIC_MIN_MMHG || diastolic > DIASTOLIC_MAX_MMHG)) {
            reasons.add(new Implausibility("diastolic", OUT_OF_RANGE,
                    "must be " + DIASTOLIC_MIN_MMHG + " to " + DIASTOLIC_MAX_MMHG + " mmHg"));
        }
        if (reasons.isEmpty() && systolic != null && diastolic != null && systolic <= diastolic) {
            reasons.add(new Implausibility("", IMPLAUSIBLE_READING, "the systolic value must be above the diastolic value"));
        }
        return reasons;
    }
}
