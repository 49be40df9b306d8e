package org.stillwater.checkin.completion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.checkin.treatment.Outcome;

/** What a clinician records at a check-in. PHQ-9, GAD-7 and a rationale are required at the FOLLOW_UP. */
public record CompletionRequest(
        @Size(min = 9, max = 9, message = "needs exactly 9 answers")
        @Schema(description = "PHQ-9 answers in item order, each 0 to 3; item 9 above 0 schedules an URGENT check-in")
        List<@NotNull @Min(0) @Max(3) Integer> phq9,
        @Size(min = 7, max = 7, message = "needs exactly 7 answers")
        @Schema(description = "GAD-7 answers in item order, each 0 to 3")
        List<@NotNull @Min(0) @Max(3) Integer> gad7,
        @NotNull Outcome outcome,
        @Valid @Schema(description = "with ADJUST only: the new dose per session and/or minimum hours between sessions")
        Adjustment adjustment,
        @Size(max = 4000) @Schema(description = "clinical notes; never leave this service")
        String notes,
        @Size(max = 4000) @Schema(description = "why this decision; required at the FOLLOW_UP")
        String rationale) {

    /** Within the event contract's ranges; the protocol's limits are checked as rules (422). */
    public record Adjustment(
            @Min(1) @Max(2000) Integer doseMgPerSession,
            @Min(1) @Max(2160) Integer minHoursBetweenSessions) {
    }
}
