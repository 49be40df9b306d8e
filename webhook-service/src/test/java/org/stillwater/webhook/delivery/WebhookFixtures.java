package org.stillwater.webhook.delivery;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.webhook.subscription.Owner;
import org.stillwater.webhook.subscription.OwnerRole;
import org.stillwater.webhook.subscription.SigningSecrets;
import org.stillwater.webhook.subscription.Subscription;

/** Subscriptions made and changed through the subscriptions package's own code, and events as the producers send them. */
final class WebhookFixtures {

    private WebhookFixtures() {
    }

    /** A subscription and the plaintext of its signing secret. */
    record Subscribed(UUID id, String secret) {
    }

    static Subscribed subscribe(OwnerRole role, String ownerId, URI url, List<String> eventTypes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            Subscription subscription = Subscription.create(new Owner(role, ownerId), url, eventTypes, "test receiver", now);
            subscription.persist();
            String secret = Arc.container().instance(SigningSecrets.class).get().issue(subscription.id, now);
            return new Subscribed(subscription.id, secret);
        });
    }

    /** A new secret; the previous one stays valid for {@code overlap}. */
    static String rotate(UUID subscriptionId, Duration overlap) {
        return QuarkusTransaction.requiringNew().call(() ->
                Arc.container().instance(SigningSecrets.class).get().rotate(subscriptionId, now(), overlap).signingSecret());
    }

    /** DELETED, so later tests' events are not delivered to a receiver that is gone. */
    static void retire(UUID subscriptionId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager()
                .createNativeQuery("update subscription set status = 'DELETED' where id = :id")
                .setParameter("id", subscriptionId).executeUpdate());
    }

    static void setStatus(UUID subscriptionId, String status) {
        QuarkusTransaction.requiringNew().run(() -> entityManager()
                .createNativeQuery("update subscription set status = :status where id = :id")
                .setParameter("status", status).setParameter("id", subscriptionId).executeUpdate());
    }

    /**
     * Leaves a delivery as a worker that claimed it and died before recording an answer would: leased until
     * {@code leasedUntil}, nothing recorded; and makes its subscription ACTIVE in the same transaction.
     */
    static void claimedByADeadWorker(UUID subscriptionId, UUID eventId, Instant leasedUntil) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager().createNativeQuery("update delivery set leased_until = :until where subscription_id = :id and event_id = :event")
                    .setParameter("until", leasedUntil).setParameter("id", subscriptionId).setParameter("event", eventId).executeUpdate();
            entityManager().createNativeQuery("update subscription set status = 'ACTIVE' where id = :id")
                    .setParameter("id", subscriptionId).executeUpdate();
        });
    }

    static String status(UUID subscriptionId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager()
                .createNativeQuery("select status from subscription where id = :id")
                .setParameter("id", subscriptionId).getSingleResult());
    }

    /** The deliveries of an event to a subscription: 0 or 1. */
    static long deliveries(UUID subscriptionId, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("select count(*) from delivery where subscription_id = :id and event_id = :event")
                .setParameter("id", subscriptionId).setParameter("event", eventId).getSingleResult()).longValue());
    }

    /** The events queued for a subscription about these patients, as text ids. */
    @SuppressWarnings("unchecked")
    static Set<String> queuedEvents(UUID subscriptionId, Collection<UUID> patients) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<UUID>) entityManager()
                .createNativeQuery("select event_id from delivery where subscription_id = :id and patient_id in (:patients)")
                .setParameter("id", subscriptionId).setParameter("patients", patients).getResultList())
                .stream().map(UUID::toString).collect(Collectors.toSet()));
    }

    /** True once the service has stored the event (its inbox transaction committed). */
    static boolean stored(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("select count(*) from event where id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }

    /** The service's clock, which the tests may have moved forward. */
    static Instant now() {
        return Arc.container().instance(Clock.class).get().instant();
    }

    static IntakeSubmitted intake(UUID patientId, String partnerId) {
        return new IntakeSubmitted(UUID.randomUUID(), patientId, partnerId, "CA", 12, 8, false, List.of(), false, Instant.now());
    }

    static SessionStarted sessionStarted(UUID patientId, int number) {
        return new SessionStarted(UUID.randomUUID(), patientId, UUID.randomUUID(), number, new BloodPressure(122, 78), Instant.now());
    }

    static CheckInScheduled checkInScheduled(UUID patientId) {
        Instant now = Instant.now();
        return new CheckInScheduled(UUID.randomUUID(), patientId, "ONBOARDING", "EVALUATION_APPROVED", null, now.plus(Duration.ofDays(7)), now);
    }

    static ShipmentRequested shipmentRequested(UUID patientId, String pharmacyId) {
        return new ShipmentRequested(UUID.randomUUID(), UUID.randomUUID(), patientId, pharmacyId, 1, "ketamine HCl lozenge", 100, 12,
                new ShippingAddress("Jordan Test", "10 Elm St", null, "Springfield", "CA", "90210"), true, Instant.now());
    }
}
