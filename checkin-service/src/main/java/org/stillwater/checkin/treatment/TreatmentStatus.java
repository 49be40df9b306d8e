package org.stillwater.checkin.treatment;

/** Where treatment stands after the clinicians' decisions so far. */
public enum TreatmentStatus {
    ACTIVE,
    PAUSED,
    DISCONTINUED
}
