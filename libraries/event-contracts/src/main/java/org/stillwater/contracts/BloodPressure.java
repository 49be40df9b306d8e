package org.stillwater.contracts;

/** A blood pressure reading in mmHg. */
public record BloodPressure(int systolic, int diastolic) {
}
