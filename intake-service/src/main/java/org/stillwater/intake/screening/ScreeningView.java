package org.stillwater.intake.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The screening as the API answers it; crisis resources only when the intake is urgent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreeningView(
        Score phq9,
        Score gad7,
        List<Flag> flags,
        boolean urgent,
        boolean automaticallyRejected,
        CrisisResources crisisResources) {

    public record Score(int total, String severity, String loinc) {
    }

    /** Shown to anyone who reported thoughts of self-harm. */
    public record CrisisResources(String message, String lifeline, String emergency) {
        static final CrisisResources US = new CrisisResources(
                "If you are thinking about harming yourself, please reach out now. You are not alone.",
                "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org (24/7, free, confidential)",
                "In immediate danger: call 911 or go to the nearest emergency room");
    }

    static ScreeningView of(Intake intake) {
        boolean automaticallyRejected = intake.flags.stream().anyMatch(flag -> flag.kind() == FlagKind.AUTOMATIC_REJECTION);
        return new ScreeningView(
                new Score(intake.phq9Total, intake.phq9Severity, org.stillwater.scales.Phq9.LOINC_TOTAL),
                new Score(intake.gad7Total, intake.gad7Severity, org.stillwater.scales.Gad7.LOINC_TOTAL),
                intake.flags, intake.urgent, automaticallyRejected,
                intake.urgent ? CrisisResources.US : null);
    }
}
