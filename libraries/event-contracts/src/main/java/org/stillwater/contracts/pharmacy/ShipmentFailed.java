package org.stillwater.contracts.pharmacy;

import java.time.Instant;
import java.util.UUID;

/** The fill did not reach the patient. Reason: LOST, DAMAGED or RETURNED. */
public record ShipmentFailed(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        String reason,
        Instant failedAt) implements ShipmentEventData {
}
