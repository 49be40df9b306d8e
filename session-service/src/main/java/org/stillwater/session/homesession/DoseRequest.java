package org.stillwater.session.homesession;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dose taken, logged during a session: it counts even if the session is never completed. */
@Schema(description = "The dose taken, logged while the session is in progress")
public record DoseRequest(
        @NotNull @Min(1) @Max(2000) Integer doseMg,
        @NotNull @Min(1) @Max(10) Integer unitsUsed) {
}
