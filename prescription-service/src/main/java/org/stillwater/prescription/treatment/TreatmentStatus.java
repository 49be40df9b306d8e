package org.stillwater.prescription.treatment;

/** The treatment decisions check-ins announce: ACTIVE (or resumed), PAUSED, DISCONTINUED (for good). */
public enum TreatmentStatus {
    ACTIVE,
    PAUSED,
    DISCONTINUED
}
