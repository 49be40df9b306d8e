package org.stillwater.webhook.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.testing.As;

/** The subscriptions API with real tokens: each caller sees and changes only its own subscriptions. */
@QuarkusTest
class SubscriptionApiTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String APPROVED = "stillwater.EvaluationApproved.v1";
    private static final String REQUESTED = "stillwater.ShipmentRequested.v1";

    @Inject
    SigningSecrets signingSecrets;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "stillwater.webhook.subscription.max-live-per-owner")
    int maxLivePerOwner;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> subscription(String url, List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        if (eventTypes != null) {
            body.put("eventTypes", eventTypes);
        }
        return body;
    }

    private static String receiver() {
        return "http://127.0.0.1:9/hooks/" + UUID.randomUUID();
    }

    private static ValidatableResponse create(String token, Object body) {
        return as(token).body(body).post(PATH).then();
    }

    private static JsonPath created(String token, List<String> eventTypes) {
        return create(token, subscription(receiver(), eventTypes)).statusCode(201).extract().jsonPath();
    }

    private static ValidatableResponse patch(String token, String id, Object body) {
        return given().auth().oauth2(token).contentType("application/merge-patch+json").body(body).patch(PATH + "/{id}", id).then();
    }

    @Test
    void aPartnerSubscribesAndGetsItsSecretOnce() {
        String url = receiver();
        JsonPath created = create(As.acme(), Map.of("url", url, "eventTypes", List.of(APPROVED), "description", "acme frontend"))
                .statusCode(201)
                .body("url", equalTo(url))
                .body("eventTypes", equalTo(List.of(APPROVED)))
                .body("description", equalTo("acme frontend"))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue())
                .body("signingSecret", startsWith("whsec_"))
                .extract().jsonPath();
        String id = created.getString("id");

        as(As.acme()).get(PATH + "/{id}", id).then().statusCode(200)
                .body("id", equalTo(id)).body("url", equalTo(url)).body("status", equalTo("ACTIVE"))
                .body("$", not(hasKey("signingSecret")));
        as(As.acme()).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items", not(emptyIterable()))
                .body("items.findAll { it.signingSecret != null }", emptyIterable());
    }

    @Test
    void theLocationNamesTheNewSubscription() {
        var answer = create(As.acme(), subscription(receiver(), null)).statusCode(201).extract();
        assertEquals(PATH + "/" + answer.jsonPath().getString("id"), java.net.URI.create(answer.header("Location")).getPath());
    }

    @Test
    void theStoredSecretIsTheOneShownAndIsEncrypted() {
        JsonPath created = created(As.acme(), null);
        UUID id = UUID.fromString(created.getString("id"));
        assertEquals(List.of(created.getString("signingSecret")), signingSecrets.activeSecrets(id, clock.instant()));
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> SigningSecret.<SigningSecret>find("subscriptionId", id).firstResult().encryptedSecret);
        assertEquals(-1, new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(created.getString("signingSecret").substring(6, 20)));
    }

    @Test
    void absentEventTypesMeanEveryTypeTheCallerMayReceive() {
        created(As.acme(), null);
        create(As.acme(), subscription(receiver(), List.of())).statusCode(201).body("eventTypes", emptyIterable());
    }

    @Test
    void aListShowsOnlyTheCallersOwnSubscriptions() {
        String acme = created(As.acme(), null).getString("id");
        String globex = created(As.globex(), null).getString("id");
        List<String> acmeList = as(As.acme()).queryParam("size", 100).get(PATH).then().statusCode(200).extract().jsonPath().getList("items.id");
        List<String> globexList = as(As.globex()).queryParam("size", 100).get(PATH).then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(true, acmeList.contains(acme) && !acmeList.contains(globex));
        assertEquals(true, globexList.contains(globex) && !globexList.contains(acme));
    }

    @Test
    void anotherPartnersSubscriptionIsNotFound() {
        String id = created(As.acme(), null).getString("id");
        as(As.globex()).get(PATH + "/{id}", id).then().statusCode(404).contentType(PROBLEM_JSON);
        patch(As.globex(), id, Map.of("status", "PAUSED")).statusCode(404);
        as(As.globex()).delete(PATH + "/{id}", id).then().statusCode(404);
        as(As.globex()).body(Map.of()).post(PATH + "/{id}/secret-rotations", id).then().statusCode(404);
        as(As.acme()).get(PATH + "/{id}", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anotherPharmacysSubscriptionIsNotFound() {
        String id = created(As.pharmSunrise(), List.of(REQUESTED)).getString("id");
        as(As.pharmHarbor()).get(PATH + "/{id}", id).then().statusCode(404);
        as(As.pharmHarbor()).delete(PATH + "/{id}", id).then().statusCode(404);
        as(As.acme()).get(PATH + "/{id}", id).then().statusCode(404);
        as(As.ops()).get(PATH + "/{id}", id).then().statusCode(404);
        as(As.pharmSunrise()).get(PATH + "/{id}", id).then().statusCode(200);
    }

    @Test
    void patientsAndCliniciansMayNotSubscribe() {
        create(As.alex(), subscription(receiver(), null)).statusCode(403).contentType(PROBLEM_JSON);
        create(As.drCalifornia(), subscription(receiver(), null)).statusCode(403);
        as(As.alex()).get(PATH).then().statusCode(403);
        as(As.drCalifornia()).get(PATH).then().statusCode(403);
    }

    @Test
    void aForgedOrMissingTokenIsUnauthorized() {
        String token = As.acme();
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        create(forged, subscription(receiver(), null)).statusCode(401);
        given().auth().oauth2(forged).get(PATH).then().statusCode(401);
        given().contentType(ContentType.JSON).body(subscription(receiver(), null)).post(PATH).then().statusCode(401);
    }

    @Test
    void aChangeInAnotherMediaTypeIsRefusedForWhoIsAskingFirst() {
        String id = created(As.acme(), null).getString("id");
        String token = As.acme();
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        given().contentType(ContentType.TEXT).body("{}").patch(PATH + "/{id}", id).then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(forged).contentType(ContentType.TEXT).body("{}").patch(PATH + "/{id}", id).then().statusCode(401);
        given().auth().oauth2(As.alex()).contentType(ContentType.TEXT).body("{}").patch(PATH + "/{id}", id).then().statusCode(403);
        given().auth().oauth2(As.acme()).contentType(ContentType.TEXT).body("{}").patch(PATH + "/{id}", id).then().statusCode(415)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void aChangeIsReadAsAMergePatchOrAsPlainJson() {
        String id = created(As.acme(), null).getString("id");

        patch(As.acme(), id, Map.of("description", "merge patch")).statusCode(200).body("description", equalTo("merge patch"));
        as(As.acme()).body(Map.of("description", "plain json")).patch(PATH + "/{id}", id).then().statusCode(200)
                .body("description", equalTo("plain json"));
    }

    @Test
    void aPharmacistIsRefusedAClinicalTypeNamingIt() {
        create(As.pharmSunrise(), subscription(receiver(), List.of(REQUESTED, APPROVED))).statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/webhook-subscription-refused"))
                .body("errors[0].field", equalTo("eventTypes[1]"))
                .body("errors[0].code", equalTo("event-type-not-allowed"))
                .body("errors[0].message", containsString(APPROVED));
    }

    @Test
    void aPharmacistMaySubscribeToShipmentEvents() {
        created(As.pharmHarbor(), List.of(REQUESTED, "stillwater.ShipmentDelivered.v1"));
    }

    @Test
    void opsMaySubscribeToEveryType() {
        List<String> all = Arrays.stream(EventType.values()).map(EventType::cloudEventType).toList();
        create(As.ops(), subscription(receiver(), all)).statusCode(201).body("eventTypes", equalTo(all));
    }

    @Test
    void anUnknownTypeIsRefusedNamingIt() {
        create(As.acme(), subscription(receiver(), List.of("stillwater.EvaluationApproved.v9"))).statusCode(422)
                .body("errors[0].code", equalTo("unknown-event-type"))
                .body("errors[0].message", containsString("stillwater.EvaluationApproved.v9"));
    }

    @Test
    void aRefusedUrlAndTypeAreAnsweredTogether() {
        create(As.acme(), subscription("ftp://127.0.0.1/x", List.of("nope"))).statusCode(422)
                .body("errors.code", equalTo(List.of("url-scheme-not-allowed", "unknown-event-type")));
    }

    @Test
    void callbackUrlsThatCouldReachAnythingButAReceiverAreRefused() {
        for (String url : List.of("http://2130706433/", "http://0177.0.0.1/", "http://0.0.0.0:8080/", "http://[::]/", "http://224.0.0.1/",
                "http://user:secret@127.0.0.1/", "https://exämple.com/", "http://x" + "a".repeat(10_000) + ".example/")) {
            create(As.acme(), subscription(url, null)).statusCode(422).contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        create(As.acme(), subscription("http://no-such-host.invalid/hook", null)).statusCode(422)
                .body("errors[0].code", equalTo("host-not-resolved"));
    }

    @Test
    void hostileBodiesAreBadRequests() {
        for (String body : List.of(
                "{\"url\": \"http://127.0.0.1/\", \"eventTypes\": 1.5}",
                "{\"url\": \"http://127.0.0.1/\", \"eventTypes\": [1.5]}",
                "{\"url\": \"http://127.0.0.1/\", \"eventTypes\": [[\"" + APPROVED + "\"]]}",
                "{\"url\": \"http://127.0.0.1/\", \"eventTypes\": \"" + APPROVED + "\"}",
                "{\"url\": \"http://127.0.0.1/\", \"eventTypes\": [null]}",
                "{\"url\": \"http://127.0.0.1/\", \"eventTypes\": [7]}",
                "{\"url\": \"http://127.0.0.1/\u0000\"}",
                "{\"url\": 12}",
                "{\"url\": [\"http://127.0.0.1/\"]}",
                "{\"url\": null}",
                "{}",
                "[]",
                "{\"url\": \"http://127.0.0.1/\", \"secret\": \"mine\"}",
                "{\"url\": \"http://127.0.0.1/\", \"description\": \"" + "d".repeat(201) + "\"}",
                "{\"url\": \"http://127.0.0.1/\"} {}",
                "not json")) {
            as(As.acme()).body(body).post(PATH).then().statusCode(400).contentType(PROBLEM_JSON);
        }
    }

    @Test
    void anIdempotentRetryReplaysTheSameSubscriptionWithoutItsSecretAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = subscription(receiver(), null);
        var first = as(As.acme()).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201).extract();
        var retry = as(As.acme()).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).extract();
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertNotNull(first.jsonPath().getString("signingSecret"));
        assertNull(retry.jsonPath().getString("signingSecret"));
        UUID id = UUID.fromString(first.jsonPath().getString("id"));
        assertEquals(1, signingSecrets.activeSecrets(id, clock.instant()).size());
        long withThatUrl = as(As.acme()).queryParam("size", 100).get(PATH).then().extract().jsonPath()
                .getList("items.url").stream().filter(body.get("url")::equals).count();
        assertEquals(1, withThatUrl);
    }

    @Test
    void noSigningSecretIsKeptInPlaintextForAnIdempotentRetry() {
        Map<String, Object> body = subscription(receiver(), null);
        JsonPath creation = as(As.acme()).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH).then()
                .statusCode(201).extract().jsonPath();
        String created = creation.getString("signingSecret");
        String id = creation.getString("id");
        String rotationKey = UUID.randomUUID().toString();
        String rotated = as(As.acme()).header("Idempotency-Key", rotationKey).body(Map.of("overlapHours", 1))
                .post(PATH + "/{id}/secret-rotations", id).then().statusCode(201).extract().jsonPath().getString("signingSecret");
        as(As.acme()).header("Idempotency-Key", rotationKey).body(Map.of("overlapHours", 1))
                .post(PATH + "/{id}/secret-rotations", id).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("$", not(hasKey("signingSecret"))).body("previousSecretExpiresAt", notNullValue());
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select coalesce(body, '') from idempotency_key").getResultList());
        for (String secret : List.of(created, rotated)) {
            String base64 = secret.substring("whsec_".length());
            assertFalse(stored.stream().anyMatch(answer -> answer.toString().contains(base64)),
                    "a signing secret lies in plaintext in idempotency_key");
        }
    }

    @Test
    void anotherCallersRetryWithTheSameKeyGetsNothingOfTheFirst() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = subscription(receiver(), null);
        String secret = as(As.acme()).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .extract().jsonPath().getString("signingSecret");
        String other = as(As.globex()).header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().jsonPath().getString("signingSecret");
        assertNotEquals(secret, other);
    }

    @Test
    void anOwnerPausesAndResumes() {
        String id = created(As.acme(), null).getString("id");
        patch(As.acme(), id, Map.of("status", "PAUSED")).statusCode(200).body("status", equalTo("PAUSED"));
        patch(As.acme(), id, Map.of("status", "ACTIVE")).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPatchWithAnIdempotencyKeyIsAppliedOnceAndReplayedAndTheKeyCannotCarryAnotherPatch() {
        String id = created(As.acme(), null).getString("id");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(As.acme()).contentType("application/merge-patch+json").header("Idempotency-Key", key)
                .body(Map.of("status", "PAUSED")).patch(PATH + "/{id}", id).then().statusCode(200).body("status", equalTo("PAUSED"));
        given().auth().oauth2(As.acme()).contentType("application/merge-patch+json").header("Idempotency-Key", key)
                .body(Map.of("status", "PAUSED")).patch(PATH + "/{id}", id).then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"));
        given().auth().oauth2(As.acme()).contentType("application/merge-patch+json").header("Idempotency-Key", key)
                .body("{\"status\": \"PAUSED\", \"description\": null}").patch(PATH + "/{id}", id).then().statusCode(422)
                .body("errors[0].code", equalTo("idempotency-key-reused"));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNames() {
        String id = create(As.acme(), Map.of("url", receiver(), "eventTypes", List.of(APPROVED), "description", "first"))
                .statusCode(201).extract().jsonPath().getString("id");
        String url = receiver();
        patch(As.acme(), id, Map.of("url", url)).statusCode(200)
                .body("url", equalTo(url)).body("eventTypes", equalTo(List.of(APPROVED))).body("description", equalTo("first"));
        patch(As.acme(), id, "{\"description\": null, \"eventTypes\": [\"" + REQUESTED + "\", \"" + REQUESTED + "\"]}").statusCode(200)
                .body("description", nullValue()).body("eventTypes", equalTo(List.of(REQUESTED))).body("url", equalTo(url));
        patch(As.acme(), id, "{\"eventTypes\": null}").statusCode(200).body("eventTypes", emptyIterable());
        patch(As.acme(), id, "{}").statusCode(200).body("url", equalTo(url)).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPatchIsCheckedLikeACreation() {
        String id = created(As.pharmSunrise(), List.of(REQUESTED)).getString("id");
        patch(As.pharmSunrise(), id, Map.of("eventTypes", List.of(APPROVED))).statusCode(422)
                .body("errors[0].code", equalTo("event-type-not-allowed"));
        patch(As.pharmSunrise(), id, Map.of("url", "http://0.0.0.0/")).statusCode(422).body("errors[0].field", equalTo("url"));
        patch(As.pharmSunrise(), id, "{\"url\": null}").statusCode(400);
        patch(As.pharmSunrise(), id, "{\"status\": null}").statusCode(400);
        patch(As.pharmSunrise(), id, "{\"status\": \"SLEEPING\"}").statusCode(400);
        patch(As.pharmSunrise(), id, "{\"status\": 1}").statusCode(400);
        patch(As.pharmSunrise(), id, "{\"colour\": \"blue\"}").statusCode(400);
        as(As.pharmSunrise()).get(PATH + "/{id}", id).then().body("eventTypes", equalTo(List.of(REQUESTED)));
    }

    @Test
    void anOwnerCannotSetDisabledOrDeleted() {
        String id = created(As.acme(), null).getString("id");
        patch(As.acme(), id, Map.of("status", "DISABLED")).statusCode(422).body("errors[0].code", equalTo("status-not-settable"));
        patch(As.acme(), id, Map.of("status", "DELETED")).statusCode(422);
        as(As.acme()).get(PATH + "/{id}", id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void settingADisabledSubscriptionActiveReEnablesIt() {
        String id = created(As.acme(), null).getString("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Subscription subscription = Subscription.findById(UUID.fromString(id));
            subscription.status = SubscriptionStatus.DISABLED;
            subscription.disabledReason = "GONE";
            subscription.disabledAt = Instant.now();
        });
        as(As.acme()).get(PATH + "/{id}", id).then().body("status", equalTo("DISABLED")).body("disabledReason", equalTo("GONE"));
        patch(As.acme(), id, Map.of("status", "ACTIVE")).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("$", not(hasKey("disabledReason"))).body("$", not(hasKey("disabledAt")));
    }

    @Test
    void aDeletedSubscriptionIsGoneForItsOwnerButKept() {
        String id = created(As.acme(), null).getString("id");
        as(As.acme()).delete(PATH + "/{id}", id).then().statusCode(204);
        as(As.acme()).get(PATH + "/{id}", id).then().statusCode(404);
        patch(As.acme(), id, Map.of("status", "ACTIVE")).statusCode(404);
        as(As.acme()).delete(PATH + "/{id}", id).then().statusCode(404);
        as(As.acme()).body(Map.of()).post(PATH + "/{id}/secret-rotations", id).then().statusCode(404);
        List<String> ids = as(As.acme()).queryParam("size", 100).get(PATH).then().extract().jsonPath().getList("items.id");
        assertEquals(false, ids.contains(id));
        SubscriptionStatus stored = QuarkusTransaction.requiringNew()
                .call(() -> Subscription.<Subscription>findById(UUID.fromString(id)).status);
        assertEquals(SubscriptionStatus.DELETED, stored);
    }

    @Test
    void aMalformedIdIsABadRequest() {
        as(As.acme()).get(PATH + "/{id}", "not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("subscriptionId"));
    }

    @Test
    void aRotationKeepsThePreviousSecretValidForTheOverlap() {
        JsonPath created = created(As.acme(), null);
        UUID id = UUID.fromString(created.getString("id"));
        String first = created.getString("signingSecret");
        JsonPath rotation = as(As.acme()).body(Map.of("overlapHours", 2)).post(PATH + "/{id}/secret-rotations", id).then()
                .statusCode(201).body("signingSecret", startsWith("whsec_")).extract().jsonPath();
        String second = rotation.getString("signingSecret");
        assertNotEquals(first, second);
        Instant previousExpiresAt = Instant.parse(rotation.getString("previousSecretExpiresAt"));
        assertEquals(List.of(second, first), signingSecrets.activeSecrets(id, previousExpiresAt.minusMillis(1)));
        assertEquals(List.of(second), signingSecrets.activeSecrets(id, previousExpiresAt));
        Instant now = clock.instant();
        assertEquals(true, previousExpiresAt.isAfter(now.plusSeconds(2 * 3600 - 60)) && !previousExpiresAt.isAfter(now.plusSeconds(2 * 3600)));
    }

    @Test
    void atMostTwoSecretsAreValidHoweverOftenTheSecretIsRotated() {
        UUID id = UUID.fromString(created(As.acme(), null).getString("id"));
        String newest = null;
        String previous = null;
        for (int i = 0; i < 5; i++) {
            previous = newest;
            newest = as(As.acme()).body(Map.of("overlapHours", 24)).post(PATH + "/{id}/secret-rotations", id).then()
                    .statusCode(201).extract().jsonPath().getString("signingSecret");
        }
        assertEquals(List.of(newest, previous), signingSecrets.activeSecrets(id, clock.instant()));
    }

    @Test
    void anOwnerAtItsLimitOfLiveSubscriptionsIsRefusedAnotherUntilItDeletesOne() {
        // harbor's live subscriptions made up to the limit (other tests made some already), then one more asked for
        List<UUID> filled = fillUpLiveSubscriptions(OwnerRole.PHARMACIST, "harbor");
        try {
            create(As.pharmHarbor(), subscription(receiver(), List.of(REQUESTED))).statusCode(422)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://stillwater.example/problems/webhook-subscription-limit-reached"))
                    .body("errors[0].field", equalTo("subscriptions"))
                    .body("errors[0].code", equalTo("subscription-limit-reached"))
                    .body("detail", containsString("the most allowed is " + maxLivePerOwner));
            as(As.pharmHarbor()).delete(PATH + "/{id}", filled.get(0)).then().statusCode(204);
            String made = create(As.pharmHarbor(), subscription(receiver(), List.of(REQUESTED))).statusCode(201).extract().path("id");
            filled.add(UUID.fromString(made));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update subscription set status = 'DELETED' where id in (:ids)")
                    .setParameter("ids", filled).executeUpdate());
        }
    }

    /** Live subscriptions of the owner, made directly (no secrets, never receiving: created far in the future), up to the limit. */
    private List<UUID> fillUpLiveSubscriptions(OwnerRole role, String ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long live = Subscription.count("ownerRole = ?1 and ownerId = ?2 and status <> ?3", role, ownerId, SubscriptionStatus.DELETED);
            List<UUID> made = new java.util.ArrayList<>();
            for (long i = live; i < maxLivePerOwner; i++) {
                Subscription filler = Subscription.create(new Owner(role, ownerId), java.net.URI.create(receiver()), List.of(), "filler",
                        Instant.parse("2999-01-01T00:00:00Z"));
                filler.persist();
                made.add(filler.id);
            }
            return made;
        });
    }

    @Test
    void aSecondLiveSubscriptionToTheSameUrlIs409NamingTheFirst() {
        String url = receiver();
        String first = create(As.acme(), subscription(url, List.of(APPROVED))).statusCode(201).extract().path("id");
        create(As.acme(), subscription(url, null)).statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://stillwater.example/problems/webhook-subscription-duplicate-url"))
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].code", equalTo("duplicate-url"))
                .body("errors[0].message", containsString(first));
    }

    @Test
    void anotherOwnerAndADeletedSubscriptionDoNotHoldTheirUrl() {
        String url = receiver();
        String first = create(As.acme(), subscription(url, null)).statusCode(201).extract().path("id");
        create(As.globex(), subscription(url, null)).statusCode(201);
        as(As.acme()).delete(PATH + "/{id}", first).then().statusCode(204);
        create(As.acme(), subscription(url, null)).statusCode(201);
    }

    @Test
    void changingTheUrlToThatOfAnotherLiveSubscriptionIs409() {
        String url = receiver();
        create(As.acme(), subscription(url, null)).statusCode(201);
        String other = created(As.acme(), null).getString("id");
        patch(As.acme(), other, Map.of("url", url)).statusCode(409).body("errors[0].code", equalTo("duplicate-url"));
        String ownUrl = as(As.acme()).get(PATH + "/{id}", other).then().extract().path("url");
        patch(As.acme(), other, Map.of("url", ownUrl)).statusCode(200);
    }

    @Test
    void aChangeWhileTheDeliveryWorkerUpdatesTheSubscriptionWaitsForItInsteadOfFailing() throws Exception {
        UUID id = UUID.fromString(created(As.acme(), null).getString("id"));
        java.util.concurrent.CountDownLatch updated = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // the worker's own update of the row (DeliveryRecorder on a 410: DISABLED, version + 1), not committed yet
            java.util.concurrent.Future<?> worker = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("""
                                update subscription set status = 'DISABLED', disabled_reason = 'GONE', disabled_at = now(),
                                                        version = version + 1 where id = :id""")
                        .setParameter("id", id).executeUpdate();
                updated.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            updated.await();
            java.util.concurrent.Future<ValidatableResponse> change = threads.submit(() ->
                    patch(As.acme(), id.toString(), Map.of("description", "changed meanwhile")));
            org.stillwater.testing.Eventually.until("the change waits for the worker's row lock", () -> QuarkusTransaction.requiringNew().call(() ->
                    ((Number) entityManager.createNativeQuery("""
                                    select count(*) from pg_stat_activity
                                    where wait_event_type = 'Lock' and query like '%subscription%'""").getSingleResult()).longValue() > 0));
            commit.countDown();
            worker.get();
            change.get().statusCode(200)
                    .body("description", equalTo("changed meanwhile"))
                    .body("status", equalTo("DISABLED"))
                    .body("disabledReason", equalTo("GONE"));
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aRotationWithoutOverlapHoursOverlapsForADay() {
        for (String body : List.of("", "{}", "{\"overlapHours\": null}")) {
            UUID id = UUID.fromString(created(As.acme(), null).getString("id"));
            Instant before = clock.instant();
            Instant expires = Instant.parse(as(As.acme()).body(body).post(PATH + "/{id}/secret-rotations", id).then()
                    .statusCode(201).extract().jsonPath().getString("previousSecretExpiresAt"));
            assertEquals(true, !expires.isBefore(before.plusSeconds(24 * 3600)) && expires.isBefore(clock.instant().plusSeconds(24 * 3600 + 1)),
                    "body '" + body + "': " + expires);
        }
    }

    @Test
    void aRotationWithoutOverlapInvalidatesThePreviousSecretAtOnce() {
        JsonPath created = created(As.acme(), null);
        UUID id = UUID.fromString(created.getString("id"));
        String second = as(As.acme()).body(Map.of("overlapHours", 0)).post(PATH + "/{id}/secret-rotations", id).then()
                .statusCode(201).extract().jsonPath().getString("signingSecret");
        assertEquals(List.of(second), signingSecrets.activeSecrets(id, clock.instant()));
    }

    @Test
    void anOverlapOutsideZeroTo168HoursOrNotAnIntegerIsABadRequest() {
        String id = created(As.acme(), null).getString("id");
        for (String body : List.of("{\"overlapHours\": 169}", "{\"overlapHours\": -1}", "{\"overlapHours\": 1.5}", "{\"overlapHours\": \"24\"}",
                "{\"overlap\": 24}")) {
            as(As.acme()).body(body).post(PATH + "/{id}/secret-rotations", id).then().statusCode(400);
        }
    }
}
