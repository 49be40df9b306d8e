package org.stillwater.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.edge.audit.RecordOwners;

/**
 * The patient of each record id in webhook-service's paths, for the audit trail: a delivery is about one patient, so
 * a refused call on it (401, 403) is found by patient. A subscription is about no patient.
 */
@ApplicationScoped
public class DeliveryRecordOwners implements RecordOwners {

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        return Map.of("deliveryId", id -> Delivery.<Delivery>findByIdOptional(id).map(delivery -> delivery.patientId));
    }
}
