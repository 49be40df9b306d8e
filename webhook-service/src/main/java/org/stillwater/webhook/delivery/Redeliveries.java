package org.stillwater.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends deliveries again: each becomes PENDING, due now, in a new round of retries (a new 24 h), keeping its
 * event and so its webhook-id. A delivery being sent right now (PENDING and leased) is left to its attempt. In
 * the caller's transaction; the worker is woken once it commits.
 */
@ApplicationScoped
public class Redeliveries {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<DeliveryQueue.DeliveriesQueued> queued;

    /** @return the patients of the deliveries sent again (for the audit trail) */
    public List<UUID> one(UUID subscriptionId, UUID deliveryId, Instant now) {
        return again("d.id = :delivery", subscriptionId, now, deliveryId, null, null);
    }

    /** @return the patients of the deliveries sent again, one per delivery (for the count and the audit trail) */
    public List<UUID> range(UUID subscriptionId, Instant from, Instant to, Instant now) {
        return again("d.created_at >= :from and d.created_at < :to", subscriptionId, now, null, from, to);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> again(String which, UUID subscriptionId, Instant now, UUID deliveryId, Instant from, Instant to) {
        var query = entityManager.createNativeQuery("""
                update delivery d set status = 'PENDING', next_attempt_at = :now, first_attempt_at = null,
                                      round_attempts = 0, delivered_at = null
                where d.subscription_id = :subscription and %s
                  and not (d.status = 'PENDING' and d.leased_until is not null and d.leased_until >= :now)
                returning d.patient_id""".formatted(which))
                .setParameter("subscription", subscriptionId)
                .setParameter("now", now);
        if (deliveryId != null) {
            query.setParameter("delivery", deliveryId);
        } else {
            query.setParameter("from", from).setParameter("to", to);
        }
        List<UUID> patients = (List<UUID>) query.getResultList();
        if (!patients.isEmpty()) {
            queued.fire(new DeliveryQueue.DeliveriesQueued());
        }
        return patients;
    }
}
