package org.stillwater.intake.screening;

/** How a screening flag weighs on the evaluation. */
public enum FlagKind {
    /** The intake is rejected at submission; no evaluation. */
    AUTOMATIC_REJECTION,
    /** Approval is refused while the flag stands. */
    ABSOLUTE,
    /** Approval needs the clinician to acknowledge the flag by its code. */
    RELATIVE,
    /** Goes to the top of the evaluation queue; the answer carries crisis resources. */
    URGENT
}
