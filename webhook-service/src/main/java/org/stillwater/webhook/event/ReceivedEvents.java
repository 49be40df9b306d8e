package org.stillwater.webhook.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.EventJson;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.webhook.delivery.DeliveryQueue;
import org.stillwater.webhook.delivery.Times;
import org.stillwater.webhook.subscription.EventFacts;
import org.stillwater.webhook.subscription.OwnerRole;
import org.stillwater.webhook.subscription.Subscription;
import org.stillwater.webhook.subscription.Subscriptions;

/**
 * The one place an event is stored and fanned out, inside its inbox transaction: the event row (its CloudEvent as
 * received), the patient's partner when the event names it for the first time, and one delivery per subscription
 * that receives it. Events about a patient whose partner is not known yet are parked for the partner's
 * subscriptions: the first event that names the partner fans them out, in the order they were received, to the
 * partner's subscriptions that existed when each was received. The patient's lock orders this with every other
 * event about the patient, so a parked event is fanned out exactly once.
 */
@ApplicationScoped
public class ReceivedEvents {

    @Inject
    EntityManager entityManager;

    @Inject
    PatientLocks patientLocks;

    @Inject
    Subscriptions subscriptions;

    @Inject
    DeliveryQueue deliveryQueue;

    @Inject
    Clock clock;

    public void receive(ReceivedEvent<? extends EventData> event) {
        EventData data = event.data();
        UUID patientId = data.patientId();
        patientLocks.lock(patientId);
        Instant now = clock.instant();
        String knownPartner = partnerOf(patientId);
        String namedPartner = EventParties.partnerId(data);
        boolean learned = knownPartner == null && namedPartner != null;
        if (learned) {
            entityManager.createNativeQuery("insert into patient (id, partner_id) values (:id, :partner)")
                    .setParameter("id", patientId)
                    .setParameter("partner", namedPartner)
                    .executeUpdate();
        }
        String partner = knownPartner != null ? knownPartner : namedPartner;
        String pharmacyId = EventParties.pharmacyId(data);
        String cloudEvent = EventJson.write(CloudEvent.of(event.id(), event.source(), event.type(), patientId.toString(), event.time(), data));
        long seq = ((Number) entityManager.createNativeQuery("""
                        insert into event (id, type, patient_id, pharmacy_id, occurred_at, received_at, cloud_event)
                        values (:id, :type, :patient, :pharmacy, :occurred, :received, cast(:cloudEvent as jsonb))
                        returning seq""")
                .setParameter("id", event.id())
                .setParameter("type", event.type().cloudEventType())
                .setParameter("patient", patientId)
                .setParameter("pharmacy", pharmacyId)
                .setParameter("occurred", event.time())
                .setParameter("received", now)
                .setParameter("cloudEvent", cloudEvent)
                .getSingleResult()).longValue();
        if (learned) {
            fanOutParked(patientId, partner, seq, now);
        }
        EventFacts facts = new EventFacts(event.type().cloudEventType(), patientId, partner, pharmacyId);
        for (Subscription subscription : subscriptions.receiving(facts)) {
            deliveryQueue.queue(subscription.id, seq, event.id(), facts.type(), patientId, now);
        }
    }

    private String partnerOf(UUID patientId) {
        List<?> partner = entityManager.createNativeQuery("select partner_id from patient where id = :id")
                .setParameter("id", patientId)
                .getResultList();
        return partner.isEmpty() ? null : (String) partner.get(0);
    }

    /** The patient's earlier events, now that their partner is known, to the partner's subscriptions of that time. */
    private void fanOutParked(UUID patientId, String partner, long beforeSeq, Instant now) {
        List<?> parked = entityManager.createNativeQuery("""
                        select seq, id, type, pharmacy_id, received_at from event
                        where patient_id = :patient and seq < :before order by seq""")
                .setParameter("patient", patientId)
                .setParameter("before", beforeSeq)
                .getResultList();
        for (Object row : parked) {
            Object[] columns = (Object[]) row;
            long seq = ((Number) columns[0]).longValue();
            UUID eventId = (UUID) columns[1];
            String type = (String) columns[2];
            Instant receivedAt = Times.instant(columns[4]);
            EventFacts facts = new EventFacts(type, patientId, partner, (String) columns[3]);
            for (Subscription subscription : subscriptions.receiving(facts, receivedAt)) {
                if (subscription.ownerRole == OwnerRole.PARTNER) {
                    deliveryQueue.queue(subscription.id, seq, eventId, type, patientId, now);
                }
            }
        }
    }
}
