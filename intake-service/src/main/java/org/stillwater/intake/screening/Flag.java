package org.stillwater.intake.screening;

/** A flag raised by screening, as the API and the clinician see it. */
public record Flag(FlagCode code, FlagKind kind, String message) {

    public static Flag of(FlagCode code) {
        return new Flag(code, code.kind(), code.meaning());
    }
}
