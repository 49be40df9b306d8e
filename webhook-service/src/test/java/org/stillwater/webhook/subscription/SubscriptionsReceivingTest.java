package org.stillwater.webhook.subscription;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;

/** Which subscriptions an event goes to: the delivery side's question, answered from subscriptions made through the API. */
@QuarkusTest
class SubscriptionsReceivingTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final String APPROVED = "stillwater.EvaluationApproved.v1";
    private static final String REQUESTED = "stillwater.ShipmentRequested.v1";

    @Inject
    Subscriptions subscriptions;

    @Inject
    Clock clock;

    private UUID acmeAll;
    private UUID acmeShipments;
    private UUID acmePaused;
    private UUID acmeDisabled;
    private UUID acmeDeleted;
    private UUID globex;
    private UUID sunrise;
    private UUID harbor;
    private UUID ops;

    private static UUID subscribe(String token, List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "http://127.0.0.1:9/" + UUID.randomUUID());
        body.put("eventTypes", eventTypes);
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(201).extract().jsonPath().getString("id"));
    }

    @BeforeEach
    void subscriptions() {
        acmeAll = subscribe(As.acme(), List.of());
        acmeShipments = subscribe(As.acme(), List.of(REQUESTED));
        acmePaused = subscribe(As.acme(), List.of());
        given().auth().oauth2(As.acme()).contentType("application/merge-patch+json").body(Map.of("status", "PAUSED"))
                .patch(PATH + "/{id}", acmePaused).then().statusCode(200);
        acmeDisabled = subscribe(As.acme(), List.of());
        QuarkusTransaction.requiringNew().run(() -> Subscription.<Subscription>findById(acmeDisabled).changeStatus(SubscriptionStatus.DISABLED, clock.instant()));
        acmeDeleted = subscribe(As.acme(), List.of());
        given().auth().oauth2(As.acme()).delete(PATH + "/{id}", acmeDeleted).then().statusCode(204);
        globex = subscribe(As.globex(), List.of());
        sunrise = subscribe(As.pharmSunrise(), List.of());
        harbor = subscribe(As.pharmHarbor(), List.of());
        ops = subscribe(As.ops(), List.of());
    }

    private Set<UUID> receiving(EventFacts facts, Instant receivedAt) {
        Set<UUID> ours = Set.of(acmeAll, acmeShipments, acmePaused, acmeDisabled, acmeDeleted, globex, sunrise, harbor, ops);
        return QuarkusTransaction.requiringNew().call(() -> subscriptions.receiving(facts, receivedAt).stream()
                .map(subscription -> subscription.id).filter(ours::contains).collect(Collectors.toSet()));
    }

    @Test
    void anEventAboutAPartnersPatientGoesToThatPartnersActiveAndPausedSubscriptionsOfItsTypeAndToOps() {
        assertEquals(Set.of(acmeAll, acmePaused, ops),
                receiving(new EventFacts(APPROVED, UUID.randomUUID(), "acme", null), clock.instant()));
    }

    @Test
    void aShipmentEventAlsoGoesToItsPharmacyOnly() {
        assertEquals(Set.of(acmeAll, acmeShipments, acmePaused, sunrise, ops),
                receiving(new EventFacts(REQUESTED, UUID.randomUUID(), "acme", "sunrise"), clock.instant()));
    }

    @Test
    void anEventWhosePartnerIsNotKnownYetGoesToNoPartner() {
        assertEquals(Set.of(harbor, ops), receiving(new EventFacts(REQUESTED, UUID.randomUUID(), null, "harbor"), clock.instant()));
    }

    @Test
    void anEventReceivedBeforeASubscriptionWasMadeIsNotForIt() {
        assertEquals(Set.of(), receiving(new EventFacts(APPROVED, UUID.randomUUID(), "acme", null), Instant.parse("2020-01-01T00:00:00Z")));
    }
}
