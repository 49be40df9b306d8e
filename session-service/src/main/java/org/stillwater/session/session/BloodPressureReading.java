package org.stillwater.session.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.edge.problem.ProblemException;

/** A home blood pressure reading in mmHg; values outside what a cuff can plausibly read are refused. */
public record BloodPressureReading(
        @NotNull @Min(40) @Max(300) Integer systolic,
        @NotNull @Min(20) @Max(200) Integer diastolic) {

    /** @throws ProblemException 400 naming {@code field} when the systolic value is not above the diastolic one */
    void requirePlausible(String field) {
        if (systolic <= diastolic) {
            throw ProblemException.badRequest(field, "implausible-reading", "the systolic value must be above the diastolic value");
        }
    }

    BloodPressure toContract() {
        return new BloodPressure(systolic, diastolic);
    }
}
