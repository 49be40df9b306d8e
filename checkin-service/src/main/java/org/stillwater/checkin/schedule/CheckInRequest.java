package org.stillwater.checkin.schedule;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient (or their partner) asks for a check-in between the scheduled ones. */
public record CheckInRequest(
        @Size(max = 1000) @Schema(description = "why, in the patient's words; stays in this service and is shown to clinicians")
        String reason) {
}
