package org.stillwater.prescription.refill;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refill request; the body may be left out. */
public record RefillRequest(
        @Schema(description = "clinician only: the written reason to release the refill while the units on hand still cover more than one session")
        @Size(max = 1000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String onHandOverrideReason) {
}
