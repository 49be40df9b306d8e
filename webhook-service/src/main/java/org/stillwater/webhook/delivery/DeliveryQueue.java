package org.stillwater.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues one delivery of an event to a subscription, due at once, in the caller's transaction (the event's inbox
 * transaction). A delivery queued twice (a parked event fanned out again) stays one. Once the transaction commits
 * the worker is woken, so the hop to the receiver does not wait for the next poll.
 */
@ApplicationScoped
public class DeliveryQueue {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<DeliveriesQueued> queued;

    public void queue(UUID subscriptionId, long eventSeq, UUID eventId, String eventType, UUID patientId, Instant now) {
        int inserted = entityManager.createNativeQuery("""
                        insert into delivery (id, subscription_id, event_seq, event_id, event_type, patient_id, status,
                                              attempts, created_at, next_attempt_at)
                        values (:id, :subscription, :seq, :event, :type, :patient, 'PENDING', 0, :now, :now)
                        on conflict (subscription_id, event_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("subscription", subscriptionId)
                .setParameter("seq", eventSeq)
                .setParameter("event", eventId)
                .setParameter("type", eventType)
                .setParameter("patient", patientId)
                .setParameter("now", now)
                .executeUpdate();
        if (inserted > 0) {
            queued.fire(new DeliveriesQueued());
        }
    }

    /** Fired in the transaction that queued deliveries; observed after its commit. */
    public record DeliveriesQueued() {
    }
}
