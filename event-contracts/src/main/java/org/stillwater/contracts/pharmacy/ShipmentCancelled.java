package org.stillwater.contracts.pharmacy;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * A requested fill that was not yet dispatched must not be shipped: treatment was paused or
 * discontinued, or the prescription was cancelled. Reason: TREATMENT_PAUSED, TREATMENT_DISCONTINUED,
 * PRESCRIPTION_CANCELLED or ADVERSE_EVENT_HOLD.
 */
public record ShipmentCancelled(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        String reason,
        Instant cancelledAt) implements EventData {
}
