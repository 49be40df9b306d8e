package org.stillwater.prescription.shipment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pharmacy dispensed the fill and handed it to a carrier: the dispensing record. */
public record DispatchRequest(
        @NotBlank @Size(max = 100) String carrier,
        @NotBlank @Size(max = 100) String trackingNumber,
        @NotBlank @Size(max = 100) String lotNumber,
        @NotNull @Min(1) @Max(100) @Schema(description = "lozenges dispensed: at most the fill's quantity") Integer quantityDispensed,
        // letters of any alphabet (JÖ, ŁK, 李王), each possibly with combining marks (O + U+0308 is one letter Ö)
        @NotNull @Pattern(regexp = "(\\p{L}\\p{M}*){2,4}", message = "must be 2 to 4 letters")
        @Schema(description = "the dispensing pharmacist's initials: 2 to 4 letters of any alphabet")
        String pharmacistInitials) {
}
