package org.stillwater.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stillwater.webhook.delivery.WebhookFixtures.checkInScheduled;
import static org.stillwater.webhook.delivery.WebhookFixtures.intake;
import static org.stillwater.webhook.delivery.WebhookFixtures.sessionStarted;
import static org.stillwater.webhook.delivery.WebhookFixtures.shipmentRequested;
import static org.stillwater.webhook.delivery.WebhookFixtures.subscribe;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;
import org.stillwater.webhook.delivery.WebhookFixtures.Subscribed;
import org.stillwater.webhook.subscription.OwnerRole;

@QuarkusTest
class DeliveryTest {

    @Inject
    AuditLog auditLog;

    /**
     * The service's clock, which only moves forward: a test that moves it leaves it moved for the tests after it, so
     * every time a test compares with the service's own times comes from it ({@code WebhookFixtures.now()}).
     */
    @Inject
    ServiceClock clock;

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

    private static void awaitDelivered(Receiver receiver, int count, UUID... patients) {
        Eventually.until(count + " deliveries answered 2xx", () -> receiver.delivered(patients).size() >= count);
    }

    @Test
    void anEventIsPostedAsASignedCloudEventTheReceiverVerifies() throws Exception {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();

        UUID eventId = TestEvents.publish(intake(patient, "acme"));

        awaitDelivered(receiver, 1, patient);
        Receiver.Request request = receiver.delivered(patient).get(0);
        request.verify(acme.secret());
        assertEquals(eventId.toString(), request.webhookId());
        assertEquals("application/cloudevents+json", request.header("content-type"));
        JsonNode event = request.json();
        assertEquals("stillwater.IntakeSubmitted.v1", event.get("type").asText());
        assertEquals(eventId.toString(), event.get("id").asText());
        assertEquals(patient.toString(), event.get("subject").asText());
        assertEquals("acme", event.get("data").get("partnerId").asText());
        Eventually.assertThat(() -> given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id())
                .then().statusCode(200)
                .body("items.find { it.eventId == '%s' }.status".formatted(eventId), equalTo("DELIVERED"))
                .body("items.find { it.eventId == '%s' }.lastResponseCode".formatted(eventId), equalTo(200))
                .body("items.find { it.eventId == '%s' }.patientId".formatted(eventId), equalTo(patient.toString())));
    }

    @Test
    void aReceiverAnswering500IsRetriedWithTheSameWebhookIdUntil2xx() {
        UUID patient = UUID.randomUUID();
        AtomicInteger tries = new AtomicInteger();
        Receiver receiver = receiver().answering((request, nth) ->
                !request.patient().equals(patient) ? 200 : tries.incrementAndGet() <= 2 ? 500 : 204);
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());

        UUID eventId = TestEvents.publish(intake(patient, "acme"));

        awaitDelivered(receiver, 1, patient);
        List<Receiver.Request> requests = receiver.requests(patient);
        assertEquals(3, requests.size());
        requests.forEach(request -> assertEquals(eventId.toString(), request.webhookId()));
        String deliveryId = given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(200)
                .extract().path("items.find { it.eventId == '%s' }.id".formatted(eventId));
        Eventually.assertThat(() -> given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}", acme.id(), deliveryId)
                .then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("attempts", equalTo(3))
                .body("attemptLog.responseCode", equalTo(List.of(500, 500, 204)))
                .body("attemptLog[0].responseExcerpt", startsWith("answer ")));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() {
        UUID patient = UUID.randomUUID();
        AtomicInteger tries = new AtomicInteger();
        Receiver receiver = receiver().answering((request, nth) -> {
            if (request.patient().equals(patient) && tries.incrementAndGet() == 1) {
                Thread.sleep(3_000);
            }
            return 200;
        });
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());

        UUID eventId = TestEvents.publish(intake(patient, "acme"));

        Eventually.until("the retry after the timeout", () -> receiver.requests(patient).size() >= 2);
        Eventually.assertThat(() -> given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id())
                .then().statusCode(200)
                .body("items.find { it.eventId == '%s' }.status".formatted(eventId), equalTo("DELIVERED"))
                .body("items.find { it.eventId == '%s' }.attempts".formatted(eventId), equalTo(2))
                .body("items.find { it.eventId == '%s' }.lastResponseCode".formatted(eventId), equalTo(200)));
    }

    @Test
    void aReceiverDownForAWhileGetsTheEventOnceItIsBack() throws Exception {
        Receiver first = Receiver.start();
        int port = first.port();
        Subscribed acme = subscribe(OwnerRole.PARTNER, "acme", first.url(), List.of());
        subscriptions.add(acme.id());
        first.close();

        UUID patient = UUID.randomUUID();
        UUID eventId = TestEvents.publish(intake(patient, "acme"));

        Eventually.until("two refused attempts", () -> attemptsOf(acme.id(), eventId) >= 2);
        Receiver back = Receiver.startOn(port);
        receivers.add(back);
        awaitDelivered(back, 1, patient);
        assertEquals(List.of(eventId.toString()), back.deliveredIds(patient));
        back.delivered(patient).get(0).verify(acme.secret());
    }

    private static int attemptsOf(UUID subscriptionId, UUID eventId) {
        Integer attempts = given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", subscriptionId)
                .then().statusCode(200).extract().path("items.find { it.eventId == '%s' }.attempts".formatted(eventId));
        return attempts == null ? 0 : attempts;
    }

    @Test
    void eventsAboutOnePatientArriveInTheirOrderEvenWhenAttemptsFail() {
        AtomicInteger failures = new AtomicInteger();
        // Every other request fails: each event needs one or more retries while later ones are already queued.
        Receiver receiver = receiver().answering((request, nth) -> failures.incrementAndGet() % 2 == 1 ? 503 : 200);
        subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        List<String> published = new ArrayList<>();

        UUID intake = TestEvents.publish(intake(patient, "acme"));
        published.add(intake.toString());
        // The sessions come on another topic: received after the intake only once it is stored.
        Eventually.until("the intake stored", () -> WebhookFixtures.stored(intake));
        for (int session = 1; session <= 6; session++) {
            published.add(TestEvents.publish(sessionStarted(patient, session)).toString());
        }

        awaitDelivered(receiver, published.size(), patient);
        assertEquals(published, receiver.deliveredIds(patient));
        List<String> attempted = receiver.requests(patient).stream().map(Receiver.Request::webhookId).distinct().toList();
        assertEquals(published, attempted, "no event was attempted before the one before it was delivered");
    }

    @Test
    void aDeliveryStillFailing24HoursAfterItsFirstAttemptFailsAndItsSubscriptionShowsFailingSince() {
        UUID patient = UUID.randomUUID();
        Receiver receiver = receiver().answering((request, nth) -> request.patient().equals(patient) ? 503 : 200);
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID eventId = TestEvents.publish(intake(patient, "acme"));
        Eventually.until("the delivery retried", () -> attemptsOf(acme.id(), eventId) >= 2);

        // a day of 503s: the retries (every 0.4 s at most in the test profile) go on until the horizon, give-up-after PT24H
        clock.advance(Duration.ofHours(24));

        Eventually.assertThat(() -> given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id())
                .then().statusCode(200)
                .body("items.find { it.eventId == '%s' }.status".formatted(eventId), equalTo("FAILED"))
                .body("items.find { it.eventId == '%s' }.lastResponseCode".formatted(eventId), equalTo(503))
                .body("items.find { it.eventId == '%s' }.nextAttemptAt".formatted(eventId), nullValue())
                .body("items.find { it.eventId == '%s' }.deliveredAt".formatted(eventId), nullValue()));
        given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}", acme.id())
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("failingSince", notNullValue());
    }

    @Test
    void goneDisablesTheSubscriptionAndNothingMoreIsSent() {
        Receiver receiver = receiver().answering((request, nth) -> 410);
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();

        TestEvents.publish(intake(patient, "acme"));

        Eventually.until("the subscription disabled", () -> "DISABLED".equals(WebhookFixtures.status(acme.id())));
        UUID later = TestEvents.publish(sessionStarted(patient, 1));
        Eventually.until("the later event stored", () -> WebhookFixtures.stored(later));
        assertEquals(1, receiver.requests(patient).size(), "one request, answered 410, and none after");
        assertEquals(0, WebhookFixtures.deliveries(acme.id(), later), "a disabled subscription gets no new deliveries");
    }

    @Test
    void duringARotationEachDeliveryCarriesTwoSignaturesBothVerifiable() throws Exception {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        String rotated = WebhookFixtures.rotate(acme.id(), Duration.ofHours(1));

        UUID patient = UUID.randomUUID();
        TestEvents.publish(intake(patient, "acme"));

        awaitDelivered(receiver, 1, patient);
        Receiver.Request request = receiver.delivered(patient).get(0);
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
        UUID markerPatient = UUID.randomUUID();
        UUID marker = TestEvents.publish(shipmentRequested(markerPatient, "sunrise"));

        Eventually.until("the marker delivered", () -> receiver.deliveredIds(markerPatient).contains(marker.toString()));
        Eventually.until("our shipment delivered", () -> receiver.deliveredIds(patient).contains(ours.toString()));
        assertEquals(List.of(ours.toString()), receiver.deliveredIds(patient), "only sunrise's shipment event about the patient");
    }

    @Test
    void opsGetsTheEnvelopeWithoutData() throws Exception {
        Receiver receiver = receiver();
        Subscribed ops = subscribed(OwnerRole.OPS, "ops-user", receiver, List.of("stillwater.SessionStarted.v1"));
        UUID patient = UUID.randomUUID();

        UUID eventId = TestEvents.publish(sessionStarted(patient, 1));

        awaitDelivered(receiver, 1, patient);
        Receiver.Request request = receiver.delivered(patient).get(0);
        assertEquals(eventId.toString(), request.webhookId());
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
        // Another topic than the intake's: received first only once stored (the topics are consumed independently).
        Eventually.until("the early event stored", () -> WebhookFixtures.stored(early));
        UUID named = TestEvents.publish(intake(patient, "acme"));

        awaitDelivered(receiver, 2, patient);
        assertEquals(List.of(early.toString(), named.toString()), receiver.deliveredIds(patient));
    }

    @Test
    void oneDeliveryAndARangeAreSentAgainWithTheirWebhookIds() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        UUID first = TestEvents.publish(intake(patient, "acme"));
        UUID second = TestEvents.publish(sessionStarted(patient, 1));
        awaitDelivered(receiver, 2, patient);
        List<Map<String, Object>> items = given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(200).extract().path("items");
        String firstDelivery = (String) items.stream().filter(item -> item.get("eventId").equals(first.toString())).findFirst().orElseThrow().get("id");

        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("deliveryId", firstDelivery))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id())
                .then().statusCode(202).body("redeliveries", equalTo(1));
        awaitDelivered(receiver, 3, patient);
        assertEquals(first.toString(), receiver.deliveredIds(patient).get(2));

        String from = WebhookFixtures.now().minus(Duration.ofHours(1)).toString();
        String to = WebhookFixtures.now().plus(Duration.ofHours(1)).toString();
        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("from", from, "to", to))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id())
                .then().statusCode(202).body("redeliveries", greaterThanOrEqualTo(2));
        awaitDelivered(receiver, 5, patient);
        // The events came on two topics: their order is the order received, as the first deliveries went out.
        List<String> received = receiver.deliveredIds(patient).subList(0, 2);
        assertEquals(Set.of(first.toString(), second.toString()), Set.copyOf(received));
        assertEquals(received, receiver.deliveredIds(patient).subList(3, 5), "in the patient's order");
    }

    @Test
    void aSecondRangeRedeliveryWithinAMinuteIs429WithRetryAfter() {
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver(), List.of());
        Map<String, String> range = Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-01-02T00:00:00Z");
        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(range)
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(202);
        String retryAfter = given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(range)
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stillwater.example/problems/redelivery-rate-limited"))
                .body("errors[0].code", equalTo("redelivery-rate-limited"))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, retryAfter);
    }

    @Test
    void theEleventhSingleRedeliveryWithinAMinuteIs429() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        UUID event = TestEvents.publish(intake(patient, "acme"));
        awaitDelivered(receiver, 1, patient);
        List<Map<String, Object>> items = given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(200).extract().path("items");
        String delivery = (String) items.stream().filter(item -> item.get("eventId").equals(event.toString())).findFirst().orElseThrow().get("id");
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType("application/json").body(Map.of("deliveryId", delivery))
                    .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(202);
        }
        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("deliveryId", delivery))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void anotherOwnersSubscriptionsDeliveriesAreNotFound() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());

        given().auth().oauth2(As.globex())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(404);
        given().auth().oauth2(As.globex()).header("Idempotency-Key", UUID.randomUUID().toString())
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
            given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType("application/json").body(body)
                    .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(422);
        }
        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{\"from\": 12.5, \"to\": \"\\u0000\"}")
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(400);
        given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries?status=LOST", acme.id()).then().statusCode(400);
    }

    @Test
    void aPausedSubscriptionQueuesItsDeliveriesAndSendsThemOnResume() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        WebhookFixtures.setStatus(acme.id(), "PAUSED");
        // An active subscription to the same events is the witness: it has the first event in the round that would
        // have sent the paused subscription's delivery too, and a later event in a later round
        Receiver witness = receiver();
        subscribed(OwnerRole.PARTNER, "acme", witness, List.of());
        UUID patient = UUID.randomUUID();
        UUID laterPatient = UUID.randomUUID();

        UUID eventId = TestEvents.publish(intake(patient, "acme"));
        Eventually.until("the delivery queued", () -> WebhookFixtures.deliveries(acme.id(), eventId) == 1);
        awaitDelivered(witness, 1, patient);
        TestEvents.publish(intake(laterPatient, "acme"));
        awaitDelivered(witness, 1, laterPatient);
        assertEquals(List.of(), receiver.requests(patient, laterPatient), "nothing sent while paused");

        WebhookFixtures.setStatus(acme.id(), "ACTIVE");
        awaitDelivered(receiver, 1, patient);
        assertEquals(List.of(eventId.toString()), receiver.deliveredIds(patient));
    }

    @Test
    void aDeliveryWhoseWorkerDiedBeforeRecordingIsSentAgainOnceItsLeaseExpires() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        WebhookFixtures.setStatus(acme.id(), "PAUSED");
        UUID patient = UUID.randomUUID();
        UUID eventId = TestEvents.publish(intake(patient, "acme"));
        Eventually.until("the delivery queued", () -> WebhookFixtures.deliveries(acme.id(), eventId) == 1);

        long leased = System.nanoTime();
        WebhookFixtures.claimedByADeadWorker(acme.id(), eventId, WebhookFixtures.now().plusSeconds(2));

        awaitDelivered(receiver, 1, patient);
        long waitedMillis = Duration.ofNanos(System.nanoTime() - leased).toMillis();
        assertTrue(waitedMillis >= 1_500, "not sent while leased, but after " + waitedMillis + " ms");
        assertEquals(List.of(eventId.toString()), receiver.deliveredIds(patient));
    }

    @Test
    void atMostMaxInFlightRequestsGoToOneSubscriptionAtATime() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Set<UUID> ours = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Receiver receiver = receiver().answering((request, nth) -> {
            if (!ours.contains(request.patient())) {
                return 200;
            }
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(300);
            inFlight.decrementAndGet();
            return 200;
        });
        subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        for (int i = 0; i < 12; i++) {
            UUID patient = UUID.randomUUID();
            ours.add(patient);
            TestEvents.publish(intake(patient, "acme"));
        }

        awaitDelivered(receiver, 12, ours.toArray(UUID[]::new));
        assertTrue(mostInFlight.get() <= 4, "at most 4 in flight, saw " + mostInFlight.get());
        assertTrue(mostInFlight.get() >= 2, "patients' lanes go out in parallel, saw " + mostInFlight.get());
    }

    @Test
    void deliveriesAreOnlyForTheirOwnersWithAValidToken() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        String deliveries = "/api/v1/webhook-subscriptions/{id}/deliveries";

        given().get(deliveries, acme.id()).then().statusCode(401);
        given().auth().oauth2(As.acme() + "x").get(deliveries, acme.id()).then().statusCode(401);
        given().auth().oauth2(As.alex()).get(deliveries, acme.id()).then().statusCode(403);
        given().auth().oauth2(As.drCalifornia()).get(deliveries, acme.id()).then().statusCode(403);
        given().auth().oauth2(As.pharmSunrise()).get(deliveries, acme.id()).then().statusCode(404);
        given().auth().oauth2(As.acme()).get(deliveries, "not-a-uuid").then().statusCode(400);
        given().auth().oauth2(As.acme()).get(deliveries + "/{deliveryId}", acme.id(), UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(As.acme()).get(deliveries + "?page=1.5", acme.id()).then().statusCode(400);
        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("deliveryId", UUID.randomUUID().toString()))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(404);
    }

    @Test
    void deliveriesAreMeasured() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        TestEvents.publish(intake(patient, "acme"));
        awaitDelivered(receiver, 1, patient);

        Eventually.assertThat(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("stillwater_webhook_hop_seconds_count"))
                .body(containsString("quantile=\"0.99\""))
                .body(containsString("stillwater_webhook_delivery_duration_seconds_count{outcome=\"delivered\""))
                .body(containsString("stillwater_webhook_delivery_attempts_total{"))
                .body(containsString("subscription=\"" + acme.id() + "\"")));
    }

    @Test
    void readingAndRedeliveringDeliveriesIsAuditedAgainstTheirPatients() {
        Receiver receiver = receiver();
        Subscribed acme = subscribed(OwnerRole.PARTNER, "acme", receiver, List.of());
        UUID patient = UUID.randomUUID();
        UUID eventId = TestEvents.publish(intake(patient, "acme"));
        awaitDelivered(receiver, 1, patient);
        String deliveryId = given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries", acme.id()).then().statusCode(200)
                .extract().path("items.find { it.eventId == '%s' }.id".formatted(eventId));
        given().auth().oauth2(As.acme())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}", acme.id(), deliveryId).then().statusCode(200);
        given().auth().oauth2(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Map.of("deliveryId", deliveryId))
                .post("/api/v1/webhook-subscriptions/{id}/redeliveries", acme.id()).then().statusCode(202);
        given().auth().oauth2(As.alex())
                .get("/api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}", acme.id(), deliveryId).then().statusCode(403);

        List<String> actions = auditLog.forPatient(patient).stream().map(row -> row.action() + " " + row.status()).toList();
        assertTrue(actions.contains("GET /api/v1/webhook-subscriptions/{id}/deliveries 200"), actions.toString());
        assertTrue(actions.contains("GET /api/v1/webhook-subscriptions/{id}/deliveries/{id} 200"), actions.toString());
        assertTrue(actions.contains("POST /api/v1/webhook-subscriptions/{id}/redeliveries 202"), actions.toString());
        assertTrue(actions.contains("GET /api/v1/webhook-subscriptions/{id}/deliveries/{id} 403"), actions.toString());
    }
}
