package org.stillwater.contracts.pharmacy;

import java.time.Instant;
import java.util.UUID;

/** The pharmacy dispensed the fill and handed it to a carrier. */
public record ShipmentDispatched(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        String carrier,
        String trackingNumber,
        String lotNumber,
        int quantityDispensed,
        Instant dispatchedAt) implements ShipmentEventData {
}
