package org.stillwater.edge.deadletter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.edge.testapp.DeadLetterTopic;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/**
 * DESIGN §5 Operations, as every service serves it: the test application's dead letters (read from edge-test.dlq),
 * listed, shown, replayed through the inbox and discarded by ops, each call idempotent and audited against the
 * dead letter's patient. Records are put on edge-test.dlq as the connector's dead-letter strategy writes them.
 */
@QuarkusTest
class DeadLetterApiTest {

    private static final String DEAD_LETTER_TOPIC = DeadLetterTopic.NAME;

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager entityManager;

    @Test
    void aReplayHandlesTheEventOnceAndResolvesTheDeadLetter() {
        UUID patient = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        deadLetteredApproval(patient, eventId);
        String id = awaitDeadLetter(patient);

        asOps().post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(200)
                .body("outcome", equalTo("HANDLED"))
                .body("deadLetter.status", equalTo("REPLAYED"))
                .body("deadLetter.resolvedBy", equalTo("ops"));

        assertEquals(1L, recordedApprovals(eventId));
    }

    @Test
    void aResolvedDeadLetterIsNotReplayedOrDiscardedAgain() {
        UUID patient = UUID.randomUUID();
        deadLetteredApproval(patient, UUID.randomUUID());
        String id = awaitDeadLetter(patient);
        asOps().post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(200);

        asOps().post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/dead-letter-not-open"))
                .body("detail", equalTo("dead letter " + id + " is already REPLAYED"))
                .body("errors[0].field", equalTo("status"));
        asOps().contentType(ContentType.JSON).body(Map.of("reason", "too late")).post("/api/v1/dead-letters/{id}/discard", id)
                .then().statusCode(409).body("type", endsWith("/dead-letter-not-open"));
    }

    @Test
    void aReplayOfAnEventHandledBeforeChangesNothing() {
        UUID patient = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        deadLetteredApproval(patient, eventId);
        asOps().post("/api/v1/dead-letters/{id}/replay", awaitDeadLetter(patient)).then().statusCode(200).body("outcome", equalTo("HANDLED"));
        deadLetteredApproval(patient, eventId);

        asOps().post("/api/v1/dead-letters/{id}/replay", awaitDeadLetter(patient)).then().statusCode(200)
                .body("outcome", equalTo("ALREADY_HANDLED"))
                .body("deadLetter.status", equalTo("REPLAYED"));
        assertEquals(1L, recordedApprovals(eventId));
    }

    @Test
    void aDeadLetterIsShownWithItsEnvelopeAndAuditedAgainstItsPatient() {
        UUID patient = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        deadLetteredApproval(patient, eventId);
        String id = awaitDeadLetter(patient);

        asOps().get("/api/v1/dead-letters/{id}", id).then().statusCode(200)
                .body("deadLetter.topic", equalTo(Topics.INTAKE_EVENTS))
                .body("deadLetter.eventId", equalTo(eventId.toString()))
                .body("deadLetter.type", equalTo("stillwater.EvaluationApproved.v1"))
                .body("deadLetter.reason", equalTo("HANDLER_FAILURE"))
                .body("deadLetter.error", equalTo("the approval could not be stored"))
                .body("deadLetter.status", equalTo("OPEN"))
                .body("envelope.data.patientId", equalTo(patient.toString()));

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /api/v1/dead-letters/{id}") && row.actor().equals("ops")
                && row.status() == 200), "the read is audited against the patient: " + rows);
    }

    @Test
    void aReplayIsAuditedAgainstThePatient() {
        UUID patient = UUID.randomUUID();
        deadLetteredApproval(patient, UUID.randomUUID());
        asOps().post("/api/v1/dead-letters/{id}/replay", awaitDeadLetter(patient)).then().statusCode(200);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/dead-letters/{id}/replay") && row.actor().equals("ops")
                && row.status() == 200), "the replay is audited against the patient: " + rows);
    }

    @Test
    void aPoisonRecordIsListedWithItsContentWithheld() {
        UUID patient = UUID.randomUUID();
        poison(patient, "{poison: the patient says they feel unwell}");
        String id = awaitDeadLetter(patient);

        asOps().queryParam("patientId", patient.toString()).queryParam("reason", "CONTRACT_VIOLATION")
                .get("/api/v1/dead-letters").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].eventId", nullValue())
                .body("items[0].attempts", equalTo(1))
                .body("total", equalTo(1));
        asOps().get("/api/v1/dead-letters/{id}", id).then().statusCode(200)
                .body("envelope", nullValue())
                .body("envelopeWithheld", containsString(DEAD_LETTER_TOPIC))
                .body(not(containsString("unwell")));
    }

    @Test
    void aReplayThatFailsAgainIs422AndKeepsTheDeadLetterOpenWithOneMoreAttempt() {
        UUID patient = UUID.randomUUID();
        poison(patient, "{poison");
        String id = awaitDeadLetter(patient);

        asOps().post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/replay-failed"))
                .body("title", equalTo("Refused by a rule"))
                .body("instance", equalTo("/api/v1/dead-letters/" + id + "/replay"))
                .body("errors[0].field", equalTo("deadLetter"))
                .body("errors[0].code", equalTo("replay-failed"));
        asOps().get("/api/v1/dead-letters/{id}", id).then().statusCode(200)
                .body("deadLetter.status", equalTo("OPEN"))
                .body("deadLetter.attempts", equalTo(2));
    }

    @Test
    void aRetriedReplayWithTheSameKeyGetsTheFirstAnswerAsProblemJsonAndChangesNothing() {
        UUID patient = UUID.randomUUID();
        poison(patient, "{poison");
        String id = awaitDeadLetter(patient);
        String key = UUID.randomUUID().toString();
        asOps().header("Idempotency-Key", key).post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(422);

        asOps().header("Idempotency-Key", key).post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(422)
                .header("Idempotent-Replayed", "true")
                .contentType("application/problem+json")
                .body("type", endsWith("/replay-failed"));
        asOps().get("/api/v1/dead-letters/{id}", id).then().statusCode(200).body("deadLetter.attempts", equalTo(2));
    }

    @Test
    void anOpenDeadLetterIsDiscardedWithTheOperatorsReason() {
        UUID patient = UUID.randomUUID();
        poison(patient, "{poison");
        String id = awaitDeadLetter(patient);

        asOps().contentType(ContentType.JSON).body(Map.of("reason", "  poison from a misconfigured test producer "))
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(200)
                .body("status", equalTo("DISCARDED"))
                .body("resolvedBy", equalTo("ops"))
                .body("discardReason", equalTo("poison from a misconfigured test producer"));
        asOps().queryParam("patientId", patient.toString()).queryParam("status", "DISCARDED")
                .get("/api/v1/dead-letters").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aFilteredReplayReplaysThePatientsOpenDeadLettersAndSaysHowManyStayOpen() {
        UUID patient = UUID.randomUUID();
        poison(patient, "{poison");
        deadLetteredApproval(patient, UUID.randomUUID());
        Eventually.until("two dead letters", () -> openOf(patient) == 2);

        asOps().contentType(ContentType.JSON).body(Map.of("patientId", patient.toString()))
                .post("/api/v1/dead-letters/replay").then().statusCode(200)
                .body("replays.outcome", containsInAnyOrder("HANDLED", "STILL_FAILING"))
                .body("stillOpen", equalTo(1));
    }

    @Test
    void aFilteredReplayTakesAtMostItsLimit() {
        UUID patient = UUID.randomUUID();
        deadLetteredApproval(patient, UUID.randomUUID());
        deadLetteredApproval(patient, UUID.randomUUID());
        Eventually.until("two dead letters", () -> openOf(patient) == 2);

        asOps().contentType(ContentType.JSON).body(Map.of("patientId", patient.toString(), "limit", 1))
                .post("/api/v1/dead-letters/replay").then().statusCode(200)
                .body("replays", hasSize(1))
                .body("stillOpen", equalTo(1));
    }

    @Test
    void onlyOpsActOnDeadLetters() {
        UUID unknown = UUID.randomUUID();
        given().get("/api/v1/dead-letters").then().statusCode(401);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/dead-letters").then().statusCode(403);
        given().auth().oauth2(As.pharmSunrise()).post("/api/v1/dead-letters/{id}/replay", unknown).then().statusCode(403);
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/dead-letters/{id}/discard", unknown).then().statusCode(403);
        given().auth().oauth2(As.alex()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/dead-letters/replay").then().statusCode(403);
    }

    @Test
    void aRefusedCallOnADeadLetterIsAuditedAgainstItsPatient() {
        UUID patient = UUID.randomUUID();
        deadLetteredApproval(patient, UUID.randomUUID());
        String id = awaitDeadLetter(patient);

        given().auth().oauth2(As.drCalifornia()).post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(403);

        assertTrue(auditLog.forPatient(patient).stream().anyMatch(row -> row.status() == 403 && row.actor().equals("dr.california")),
                "the refused replay names the dead letter's patient");
    }

    @Test
    void anUnknownDeadLetterIs404() {
        asOps().get("/api/v1/dead-letters/{id}", UUID.randomUUID()).then().statusCode(404);
        asOps().post("/api/v1/dead-letters/{id}/replay", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aMalformedDeadLetterIdIs400NamingIt() {
        asOps().get("/api/v1/dead-letters/{id}", "not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("deadLetterId"));
        asOps().post("/api/v1/dead-letters/{id}/replay", "42").then().statusCode(400)
                .body("errors[0].field", equalTo("deadLetterId"));
    }

    @Test
    void aListFilterOutOfItsSetOrShapeIs400NamingIt() {
        asOps().queryParam("status", "LOST").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        asOps().queryParam("reason", "contract_violation").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asOps().queryParam("patientId", "42").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("patientId"));
        asOps().queryParam("type", "<script>").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        asOps().queryParam("topic", "Intake.Events").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
    }

    @Test
    void emptyListFiltersAreNoFilters() {
        asOps().queryParam("status", "").queryParam("topic", "").queryParam("type", "").queryParam("patientId", "")
                .queryParam("reason", "").get("/api/v1/dead-letters").then().statusCode(200);
    }

    @Test
    void aDiscardWithoutAUsableReasonIs400NamingIt() {
        UUID id = UUID.randomUUID();
        asOps().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asOps().contentType(ContentType.JSON).body("{\"reason\": 7}")
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asOps().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asOps().contentType(ContentType.JSON).body("{\"reason\": \"x\\u0000\"}")
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aFilteredReplayWithALimitOutOfRangeOrNotAnIntegerIs400() {
        asOps().contentType(ContentType.JSON).body(Map.of("limit", 0))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        asOps().contentType(ContentType.JSON).body(Map.of("limit", DeadLetterResolutionPolicy.MAX_REPLAY + 1))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        asOps().contentType(ContentType.JSON).body("{\"limit\": 1.5}")
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aFilteredReplayWithAnUnknownReasonOrFieldIs400NamingIt() {
        asOps().contentType(ContentType.JSON).body(Map.of("reason", "SOMETHING"))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asOps().contentType(ContentType.JSON).body(Map.of("color", "red"))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("color"));
    }

    private static RequestSpecification asOps() {
        return given().auth().oauth2(As.ops());
    }

    /** An approval as the connector's dead-letter strategy writes it after the handling failed. */
    private static void deadLetteredApproval(UUID patient, UUID eventId) {
        EvaluationApproved approval = new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(), patient, "acme", "CA", "dr.california",
                "VIDEO", new Protocol(300, 72, true, 140, 90), 18, 12,
                new ShippingAddress("Alex Doe", "1 Main St", null, "Sacramento", "CA", "95814"), Instant.now());
        String event = EventJson.write(CloudEvent.of(eventId, "intake", EventType.EVALUATION_APPROVED, patient.toString(), Instant.now(), approval));
        send(patient, event, IllegalStateException.class.getName(), "the approval could not be stored");
    }

    /** A record outside the contracts, as the connector dead-letters it. */
    private static void poison(UUID patient, String value) {
        send(patient, value, ContractViolation.class.getName(), "not JSON");
    }

    private static void send(UUID patient, String value, String exceptionClass, String reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(DEAD_LETTER_TOPIC, patient.toString(), value);
        header(record, "dead-letter-reason", reason);
        header(record, "dead-letter-exception-class-name", exceptionClass);
        header(record, "dead-letter-topic", Topics.INTAKE_EVENTS);
        header(record, "dead-letter-partition", "0");
        header(record, "dead-letter-offset", Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE)));
        TestEvents.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the patient's newest open dead letter, once the feed has stored it. */
    private static String awaitDeadLetter(UUID patient) {
        Eventually.until("an open dead letter of patient " + patient, () -> openOf(patient) >= 1);
        return asOps().queryParam("patientId", patient.toString()).queryParam("status", "OPEN")
                .get("/api/v1/dead-letters").then().statusCode(200).extract().path("items[0].deadLetterId");
    }

    private static int openOf(UUID patient) {
        return asOps().queryParam("patientId", patient.toString()).queryParam("status", "OPEN")
                .get("/api/v1/dead-letters").then().statusCode(200).extract().path("total");
    }

    private long recordedApprovals(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from test_recorded_approval where event_id = :id").setParameter("id", eventId).getSingleResult()).longValue());
    }
}
