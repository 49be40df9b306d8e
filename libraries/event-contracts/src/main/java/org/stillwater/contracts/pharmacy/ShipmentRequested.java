package org.stillwater.contracts.pharmacy;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.intake.ShippingAddress;

/** A fill for the named pharmacy to dispense and ship, signed for by an adult. */
public record ShipmentRequested(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        String medication,
        int strengthMg,
        int quantity,
        ShippingAddress shipTo,
        boolean adultSignatureRequired,
        Instant requestedAt) implements ShipmentEventData {
}
