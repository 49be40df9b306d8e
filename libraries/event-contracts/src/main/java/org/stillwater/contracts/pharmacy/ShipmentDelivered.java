package org.stillwater.contracts.pharmacy;

import java.time.Instant;
import java.util.UUID;

/** Delivery signed for: {@code unitsDelivered} lozenges are now in the patient's hands. */
public record ShipmentDelivered(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        int unitsDelivered,
        Instant deliveredAt) implements ShipmentEventData {
}
