package org.stillwater.scales;

/** Severity bands of DESIGN §6 (GAD-7 has no MODERATELY_SEVERE band). */
public enum Severity {
    MINIMAL,
    MILD,
    MODERATE,
    MODERATELY_SEVERE,
    SEVERE
}
