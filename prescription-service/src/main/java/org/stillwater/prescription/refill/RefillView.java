package org.stillwater.prescription.refill;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.prescription.shipment.Shipment;
import org.stillwater.prescription.shipment.ShipmentStatus;

/** A released refill: the fill requested from the pharmacy, and what the decision was based on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefillView(
        UUID prescriptionId,
        UUID shipmentId,
        int fillNumber,
        ShipmentStatus status,
        String pharmacyId,
        int quantity,
        Instant requestedAt,
        String requestedBy,
        Integer unitsOnHandAtRequest,
        boolean onHandRuleOverridden,
        String onHandOverrideReason,
        int refillsRemaining) {

    static RefillView of(Shipment fill, int refillsRemaining) {
        return new RefillView(fill.prescriptionId, fill.id, fill.fillNumber, fill.status, fill.pharmacyId, fill.quantity,
                fill.requestedAt, fill.requestedBy, fill.unitsOnHandAtRequest, fill.onHandOverrideReason != null,
                fill.onHandOverrideReason, refillsRemaining);
    }
}
