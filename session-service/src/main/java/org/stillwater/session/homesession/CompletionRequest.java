package org.stillwater.session.homesession;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.edge.validation.BloodPressureReading;

/** The session log: the numbers go into SessionCompleted, the journal stays in this service. */
@Schema(description = "The session log and journal")
public record CompletionRequest(
        @NotNull @Min(0) @Max(2000) @Schema(description = "mg taken; at most the prescribed dose per session")
        Integer doseMg,
        @NotNull @Min(0) @Max(10) @Schema(description = "units (lozenges) used; at most the units on hand")
        Integer unitsUsed,
        @Min(0) @Max(240) Integer onsetMinutes,
        @Min(0) @Max(720) Integer durationMinutes,
        @NotNull @Min(0) @Max(10) @Schema(description = "0 (nothing) to 10 (overwhelming)")
        Integer intensity,
        @Size(max = 20) List<@NotNull SideEffect> sideEffects,
        @Valid BloodPressureReading bloodPressureAfter,
        @Min(0) @Max(10) Integer moodBefore,
        @Min(0) @Max(10) Integer moodAfter,
        @Size(max = JOURNAL_MAX_LENGTH) @Schema(description = "free text, at most 10000 characters; never leaves this service")
        String journal) {

    public static final int JOURNAL_MAX_LENGTH = 10_000;

    /** The reading after the session, as events carry it; null when none was taken. */
    BloodPressure bloodPressureAfterInMmHg() {
        return bloodPressureAfter == null ? null : new BloodPressure(bloodPressureAfter.systolic(), bloodPressureAfter.diastolic());
    }

    List<SideEffect> sideEffectsOrNone() {
        return sideEffects == null ? List.of() : sideEffects.stream().distinct().toList();
    }
}
