package org.stillwater.prescription.shipment;

import java.time.Instant;
import java.util.UUID;

/**
 * A requested shipment nobody has dispatched for too long, as ops see it: ids and times only, no address and no
 * clinical content. {@code stalledAt}: when it was raised.
 */
public record StalledShipment(UUID shipmentId, UUID prescriptionId, UUID patientId, String pharmacyId, int fillNumber,
                              Instant requestedAt, Instant stalledAt) {

    static StalledShipment of(Shipment shipment) {
        return new StalledShipment(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId, shipment.fillNumber,
                shipment.requestedAt, shipment.stalledAt);
    }
}
