package org.stillwater.session.homesession;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.edge.validation.BloodPressureReading;
import org.stillwater.session.gate.PreSessionCheck;

/** The pre-session check, answered just before a home session. Stored with the session or blocked attempt. */
@Schema(description = "The pre-session check: blood pressure, sitter, setting, driving, alcohol and benzodiazepines")
public record StartRequest(
        @NotNull @Valid @Schema(description = "a reading taken now; at or above the protocol's limit (default 140/90) blocks")
        BloodPressureReading bloodPressure,
        @NotNull @Schema(description = "a sitter will stay for the whole session")
        Boolean sitterPresent,
        @Schema(description = "the sitter is an adult (18 or older); unstated is not confirmed")
        Boolean sitterAdult,
        @NotNull @Schema(description = "a safe, private place where the patient can sit or lie down")
        Boolean safeSetting,
        @NotNull @Schema(description = "the patient will not drive or operate machinery until the day after the session")
        Boolean noDrivingAcknowledged,
        @NotNull @Schema(description = "any alcohol within the last 24 hours (stillwater.gate.substance-window-hours)")
        Boolean recentAlcohol,
        @NotNull @Schema(description = "any benzodiazepine within the last 24 hours (stillwater.gate.substance-window-hours)")
        Boolean recentBenzodiazepines) {

    PreSessionCheck check() {
        return new PreSessionCheck(bloodPressure.systolic(), bloodPressure.diastolic(), sitterPresent, sitterAdult,
                safeSetting, noDrivingAcknowledged, recentAlcohol, recentBenzodiazepines);
    }
}
