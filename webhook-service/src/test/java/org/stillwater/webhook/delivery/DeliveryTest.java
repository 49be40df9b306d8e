package org.stillwater.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stillwater.webhook.delivery.WebhookFixtures.checkInScheduled;
import static org.stillwater.webhook.delivery.WebhookFixtures.intake;
import static org.stillwater.webhook.delivery.WebhookFixtures.sessionStarted;
import static org.stillwater.webhook.delivery.WebhookFixtures.shipmentRequested;
import static org.stillwater.webhook.delivery.WebhookFixtures.subscribe;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;
import org.stillwater.webhook.delivery.WebhookFixtures.Subscribed;
import org.stillwater.webhook.subscription.OwnerRole;

@QuarkusTest
class DeliveryTest {

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<UUID> subscriptions = new ArrayList<>();

    @AfterEach
    void retire() {
        subscriptions.forEach(WebhookFixtures::retire);
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private Subscribed subscribed(OwnerRole role, String ownerId, Receiver receiver, List<String> types) {
        Subscribed subscribed = subscribe(role, ownerId, receiver.url(), types);
        subscriptions.add(subscribed.id());
        return subscribed;
    }

    private static void awaitDelivered(Receiver receiver, int count) {
        Eventually.until(count + " deliveries answered 2xx", () -> receiver.delivered().size() >= count);
    }

    @Test
    void anEventIsPostedAsASignedCloudEventTheReceiverVerifies() throws Exception {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();

        UUID eventId = TestEvents.publish(intake(patient, "acme"));

        awaitDelivered(receiver, 1);
        Receiver.Request request = receiver.delivered().get(0);
        request.verify(acme.secret());
        assertEquals(eventId.toString(), request.webhookId());
        assertEquals("application/cloudevents+json", request.header("content-type"));
        JsonNode event = request.json();
        assertEquals("stillwater.IntakeSubmitted.v1", event.get("type").asText());
        assertEquals(eventId.toString(), event.get("id").asText());
        assertEquals(patient.toString(), event.get("subject").asText());
        assertEquals("acme", event.get("data").get("partnerId").asText());
        Eventually.assertThat(() -> given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id())
                .then().statusCode(200)
                .body("items[0].eventId", equalTo(eventId.toString()))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].lastResponseCode", equalTo(200)));
    }

    @Test
    void aReceiverAnswering500IsRetriedWithTheSameWebhookIdUntil2xx() {
        Receiver receiver = receiver().answering((request, nth) -> nth <= 2 ? 500 : 204);
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());

        UUID eventId = TestEvents.publish(intake(UUID.randomUUID(), "acme"));

        awaitDelivered(receiver, 1);
        List<Receiver.Request> requests = receiver.requests();
        assertEquals(3, requests.size());
        requests.forEach(request -> assertEquals(eventId.toString(), request.webhookId()));
        String deliveryId = given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(200)
                .extract().path("items[0].id");
        Eventually.assertThat(() -> given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}", acme.id(), deliveryId)
                .then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("attempts", equalTo(3))
                .body("attemptLog.responseCode", equalTo(List.of(500, 500, 204)))
                .body("attemptLog[0].responseExcerpt", equalTo("answer 1")));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() {
        Receiver receiver = receiver().answering((request, nth) -> {
            if (nth == 1) {
                Thread.sleep(3_000);
            }
            return 200;
        });
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());

        UUID eventId = TestEvents.publish(intake(UUID.randomUUID(), "acme"));

        Eventually.until("the retry after the timeout", () -> receiver.requests().stream()
                .filter(request -> request.webhookId().equals(eventId.toString())).count() >= 2);
        Eventually.assertThat(() -> given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id())
                .then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(2)));
    }

    @Test
    void aReceiverDownForAWhileGetsTheEventOnceItIsBack() throws Exception {
        Receiver first = Receiver.start();
        int port = first.port();
        Subscribed acme = subscribe(OwnerRole.PARTNER, "acme", first.url(), List.of());
        subscriptions.add(acme.id());
        first.close();

        UUID eventId = TestEvents.publish(intake(UUID.randomUUID(), "acme"));

        Eventually.until("two refused attempts", () -> attemptsOf(acme.id()) >= 2);
        Receiver back = Receiver.startOn(port);
        receivers.add(back);
        awaitDelivered(back, 1);
        assertEquals(eventId.toString(), back.delivered().get(0).webhookId());
        back.delivered().get(0).verify(acme.secret());
    }

    private static int attemptsOf(UUID subscriptionId) {
        List<Integer> attempts = given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", subscriptionId)
                .then().statusCode(200).extract().path("items.attempts");
        return attempts.isEmpty() ? 0 : attempts.get(0);
    }

    @Test
    void eventsAboutOnePatientArriveInTheirOrderEvenWhenAttemptsFail() {
        AtomicInteger failures = new AtomicInteger();
        // Every other request fails: each event needs one or more retries while later ones are already queued.
        Receiver receiver = receiver().answering((request, nth) -> failures.incrementAndGet() % 2 == 1 ? 503 : 200);
        subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        List<String> published = new ArrayList<>();

        published.add(TestEvents.publish(intake(patient, "acme")).toString());
        for (int session = 1; session <= 6; session++) {
            published.add(TestEvents.publish(sessionStarted(patient, session)).toString());
        }

        awaitDelivered(receiver, published.size());
        assertEquals(published, receiver.delivered().stream().map(Receiver.Request::webhookId).toList());
        List<String> attempted = receiver.requests().stream().map(Receiver.Request::webhookId).distinct().toList();
        assertEquals(published, attempted, "no event was attempted before the one before it was delivered");
    }

    @Test
    void goneDisablesTheSubscriptionAndNothingMoreIsSent() {
        Receiver receiver = receiver().answering((request, nth) -> 410);
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();

        TestEvents.publish(intake(patient, "acme"));

        Eventually.until("the subscription disabled", () -> "DISABLED".equals(WebhookFixtures.status(acme.id())));
        TestEvents.publish(sessionStarted(patient, 1));
        UUID marker = UUID.randomUUID();
        Receiver other = receiver();
        subscribed(OwnerRole.PARTNER, "acme", other, List.of());
        TestEvents.publish(intake(marker, "acme"));
        awaitDelivered(other, 1);
        assertEquals(1, receiver.requests().size(), "one request, answered 410, and none after");
        assertEquals(1, WebhookFixtures.deliveries(acme.id()), "a disabled subscription gets no new deliveries");
    }

    @Test
    void duringARotationEachDeliveryCarriesTwoSignaturesBothVerifiable() throws Exception {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        String rotated = WebhookFixtures.rotate(acme.id(), Duration.ofHours(1));

        TestEvents.publish(intake(UUID.randomUUID(), "acme"));

        awaitDelivered(receiver, 1);
        Receiver.Request request = receiver.delivered().get(0);
        assertEquals(2, request.header("webhook-signature").split(" ").length);
        request.verify(acme.secret());
        request.verify(rotated);
    }

    @Test
    void aPharmacistGetsOnlyItsOwnPharmacysShipmentEvents() {
        Receiver receiver = receiver();
        subscribed(OwnerRole.PHARMACIST, "sunrise", receiver, List.of());
        UUID patient = UUID.randomUUID();

        TestEvents.publish(intake(patient, "acme"));
        TestEvents.publish(shipmentRequested(patient, "harbor"));
        UUID ours = TestEvents.publish(shipmentRequested(patient, "sunrise"));
        TestEvents.publish(sessionStarted(patient, 1));
        UUID marker = TestEvents.publish(shipmentRequested(UUID.randomUUID(), "sunrise"));

        Eventually.until("the marker delivered", () -> receiver.delivered().stream().anyMatch(r -> r.webhookId().equals(marker.toString())));
        assertEquals(List.of(ours.toString(), marker.toString()), receiver.delivered().stream().map(Receiver.Request::webhookId).toList());
    }

    @Test
    void opsGetsTheEnvelopeWithoutData() throws Exception {
        Receiver receiver = receiver();
        Subscribed ops = subscribed(OwnerRole.OPS, "ops-user", receiver, List.of("stillwater.SessionStarted.v1"));
        UUID patient = UUID.randomUUID();

        UUID eventId = TestEvents.publish(sessionStarted(patient, 1));

        Eventually.until("the ops delivery", () -> receiver.delivered().stream().anyMatch(r -> r.webhookId().equals(eventId.toString())));
        Receiver.Request request = receiver.delivered().stream().filter(r -> r.webhookId().equals(eventId.toString())).findFirst().orElseThrow();
        request.verify(ops.secret());
        JsonNode event = request.json();
        assertEquals("stillwater.SessionStarted.v1", event.get("type").asText());
        assertEquals(patient.toString(), event.get("subject").asText());
        assertFalse(event.has("data"), "ops sees no clinical content");
    }

    @Test
    void anEventAboutAPatientWhosePartnerIsNotKnownYetIsDeliveredOnceThePartnerIsLearnedInOrder() {
        Receiver receiver = receiver();
        subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();

        UUID early = TestEvents.publish(checkInScheduled(patient));
        UUID named = TestEvents.publish(intake(patient, "acme"));

        awaitDelivered(receiver, 2);
        assertEquals(List.of(early.toString(), named.toString()), receiver.delivered().stream().map(Receiver.Request::webhookId).toList());
    }

    @Test
    void oneDeliveryAndARangeAreSentAgainWithTheirWebhookIds() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        UUID first = TestEvents.publish(intake(patient, "acme"));
        UUID second = TestEvents.publish(sessionStarted(patient, 1));
        awaitDelivered(receiver, 2);
        List<Map<String, Object>> items = given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(200).extract().path("items");
        String firstDelivery = (String) items.stream().filter(item -> item.get("eventId").equals(first.toString())).findFirst().orElseThrow().get("id");

        given().auth().oauth2(org.stillwater.testing.As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("deliveryId", firstDelivery))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id())
                .then().statusCode(202).body("redeliveries", equalTo(1));
        awaitDelivered(receiver, 3);
        assertEquals(first.toString(), receiver.delivered().get(2).webhookId());

        String from = java.time.Instant.now().minus(Duration.ofHours(1)).toString();
        String to = java.time.Instant.now().plus(Duration.ofHours(1)).toString();
        given().auth().oauth2(org.stillwater.testing.As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("from", from, "to", to))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id())
                .then().statusCode(202).body("redeliveries", equalTo(2));
        awaitDelivered(receiver, 5);
        assertEquals(List.of(first.toString(), second.toString()),
                receiver.delivered().subList(3, 5).stream().map(Receiver.Request::webhookId).toList(), "in the patient's order");
    }

    @Test
    void anotherOwnersSubscriptionsDeliveriesAreNotFound() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());

        given().auth().oauth2(org.stillwater.testing.As.globex())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(404);
        given().auth().oauth2(org.stillwater.testing.As.globex()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-02T00:00:00Z"))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(404);
    }

    @Test
    void aRedeliveryRangeMustBeForwardAndAtMostSevenDays() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("from", "2026-01-02T00:00:00Z", "to", "2026-01-01T00:00:00Z"),
                Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-09T00:00:00Z"),
                Map.of("from", "2026-01-01T00:00:00Z"),
                Map.of())) {
            given().auth().oauth2(org.stillwater.testing.As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType("application/json").body(body)
                    .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(422);
        }
        given().auth().oauth2(org.stillwater.testing.As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{\"from\": 12.5, \"to\": \"\\u0000\"}")
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(400);
        given().auth().oauth2(org.stillwater.testing.As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries?status=LOST", acme.id()).then().statusCode(400);
    }
}
