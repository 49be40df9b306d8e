package org.stillwater.prescription.shipment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The carrier delivered the fill, signed for by an adult. */
public record DeliveryRequest(
        @NotBlank @Size(max = 200) @Schema(description = "the name of the adult who signed for the delivery") String signedBy,
        @Schema(description = "when it was signed for (the carrier's time); now when left out; not in the future") Instant deliveredAt) {
}
