package org.stillwater.session.adverse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An adverse event report. The description stays in this service; events carry the codes only. */
@Schema(description = "An adverse event: severity, category, optional description and session")
public record AdverseEventRequest(
        @NotNull @Schema(description = "SEVERE and LIFE_THREATENING hold sessions at once until the URGENT check-in's outcome lifts the hold")
        Severity severity,
        @NotNull AdverseEventCategory category,
        @Size(max = 4000) @Schema(description = "free text, at most 4000 characters; never leaves this service")
        String description,
        @Schema(description = "the session it happened in or after, if any")
        UUID sessionId) {
}
