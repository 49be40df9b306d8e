package org.stillwater.contracts.pharmacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A requested fill that was not yet dispatched must not be shipped: treatment was paused or
 * discontinued, the prescription was cancelled, the patient moved, or the prescription's last fill day ended
 * before the fill was dispatched. Reason: TREATMENT_PAUSED, TREATMENT_DISCONTINUED, PRESCRIPTION_CANCELLED,
 * ADVERSE_EVENT_HOLD, SHIPPING_ADDRESS_CHANGED or EXPIRED.
 */
public record ShipmentCancelled(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        String reason,
        Instant cancelledAt) implements ShipmentEventData {
}
