package org.stillwater.edge.validation;

import static org.stillwater.vitals.BloodPressurePlausibility.DIASTOLIC_MAX_MMHG;
import static org.stillwater.vitals.BloodPressurePlausibility.DIASTOLIC_MIN_MMHG;
import static org.stillwater.vitals.BloodPressurePlausibility.SYSTOLIC_MAX_MMHG;
import static org.stillwater.vitals.BloodPressurePlausibility.SYSTOLIC_MIN_MMHG;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A blood pressure reading in mmHg, as every service takes one: plausible by the one rule of
 * {@link org.stillwater.vitals.BloodPressurePlausibility} (a 400 naming {@code systolic}, {@code diastolic} or
 * the reading otherwise).
 */
@PlausibleBloodPressure
@Schema(description = "A reading in mmHg: systolic " + SYSTOLIC_MIN_MMHG + "–" + SYSTOLIC_MAX_MMHG + ", diastolic "
        + DIASTOLIC_MIN_MMHG + "–" + DIASTOLIC_MAX_MMHG + ", systolic above diastolic")
public record BloodPressureReading(
        @NotNull @Schema(minimum = "" + SYSTOLIC_MIN_MMHG, maximum = "" + SYSTOLIC_MAX_MMHG) Integer systolic,
        @NotNull @Schema(minimum = "" + DIASTOLIC_MIN_MMHG, maximum = "" + DIASTOLIC_MAX_MMHG) Integer diastolic) {
}
