package org.stillwater.prescription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.CloudEvent;
import org.stillwater.contracts.EventJson;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/**
 * DESIGN §5 Operations on prescription-service: the records its consumers dead-lettered, listed, shown, replayed and
 * discarded by ops, each call audited. A poison record is dead-lettered by the service itself; an approval whose
 * handling failed is put on prescription.dlq as the connector's dead-letter strategy writes it (its cause since fixed).
 */
@QuarkusTest
class DeadLetterApiTest {

    @Inject
    AuditLog auditLog;

    @Test
    void anOperatorReplaysADeadLetteredApprovalOnceAndTheReplayIsAudited() {
        UUID patient = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        deadLetteredApproval(patient, eventId);
        String id = awaitDeadLetter(patient);

        given().auth().oauth2(As.ops()).get("/api/v1/dead-letters/{id}", id).then().statusCode(200)
                .body("deadLetter.topic", equalTo(Topics.INTAKE_EVENTS))
                .body("deadLetter.eventId", equalTo(eventId.toString()))
                .body("deadLetter.type", equalTo("stillwater.EvaluationApproved.v1"))
                .body("deadLetter.reason", equalTo("HANDLER_FAILURE"))
                .body("deadLetter.error", equalTo("the approval could not be stored"))
                .body("deadLetter.status", equalTo("OPEN"))
                .body("envelope.data.patientId", equalTo(patient.toString()));
        given().auth().oauth2(As.ops()).post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(200)
                .body("outcome", equalTo("HANDLED"))
                .body("deadLetter.status", equalTo("REPLAYED"))
                .body("deadLetter.resolvedBy", equalTo("ops"));

        given().auth().oauth2(As.clinicianLicensedIn("CA")).get("/api/v1/patients/{id}/prescriptions", patient).then().statusCode(200);
        given().auth().oauth2(As.ops()).post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(409)
                .body("type", endsWith("/dead-letter-not-open"));
        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/dead-letters/{id}/replay") && row.actor().equals("ops")
                && row.status() == 200), "the replay is audited against the patient: " + rows);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /api/v1/dead-letters/{id}") && row.status() == 200));
    }

    @Test
    void aReplayOfAnEventHandledBeforeChangesNothing() {
        UUID patient = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        deadLetteredApproval(patient, eventId);
        String first = awaitDeadLetter(patient);
        given().auth().oauth2(As.ops()).post("/api/v1/dead-letters/{id}/replay", first).then().statusCode(200).body("outcome", equalTo("HANDLED"));
        deadLetteredApproval(patient, eventId);
        String second = awaitDeadLetter(patient);

        given().auth().oauth2(As.ops()).post("/api/v1/dead-letters/{id}/replay", second).then().statusCode(200)
                .body("outcome", equalTo("ALREADY_HANDLED"))
                .body("deadLetter.status", equalTo("REPLAYED"));
    }

    @Test
    void aPoisonRecordIsListedWithItsContentWithheldFailsAgainOnReplayAndIsDiscardedWithAReason() {
        UUID patient = UUID.randomUUID();
        TestEvents.send(Topics.INTAKE_EVENTS, patient.toString(), "{poison: the patient says they feel unwell}");
        String id = awaitDeadLetter(patient);

        given().auth().oauth2(As.ops()).queryParam("patientId", patient.toString()).queryParam("reason", "CONTRACT_VIOLATION")
                .get("/api/v1/dead-letters").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].eventId", nullValue())
                .body("items[0].attempts", equalTo(1))
                .body("total", equalTo(1));
        String shown = given().auth().oauth2(As.ops()).get("/api/v1/dead-letters/{id}", id).then().statusCode(200)
                .body("envelope", nullValue())
                .body("envelopeWithheld", containsString("prescription.dlq"))
                .extract().asString();
        assertTrue(!shown.contains("unwell"), "what a record outside the contracts holds is never shown");

        given().auth().oauth2(As.ops()).post("/api/v1/dead-letters/{id}/replay", id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/replay-failed"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("reason", "poison from a misconfigured test producer"))
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(200)
                .body("status", equalTo("DISCARDED"))
                .body("attempts", equalTo(2))
                .body("discardReason", equalTo("poison from a misconfigured test producer"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/dead-letters/{id}/discard", id).then().statusCode(409);
        given().auth().oauth2(As.ops()).queryParam("patientId", patient.toString()).queryParam("status", "DISCARDED")
                .get("/api/v1/dead-letters").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aFilteredReplayReplaysThePatientsOpenDeadLettersAndSaysHowManyStayOpen() {
        UUID patient = UUID.randomUUID();
        TestEvents.send(Topics.INTAKE_EVENTS, patient.toString(), "{poison");
        deadLetteredApproval(patient, UUID.randomUUID());
        Eventually.until("two dead letters", () -> openOf(patient) == 2);

        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("patientId", patient.toString()))
                .post("/api/v1/dead-letters/replay").then().statusCode(200)
                .body("replays.outcome", containsInAnyOrder("HANDLED", "STILL_FAILING"))
                .body("stillOpen", equalTo(1));
    }

    @Test
    void theDepthGaugeCountsTheOpenDeadLettersPerReason() {
        UUID patient = UUID.randomUUID();
        TestEvents.send(Topics.INTAKE_EVENTS, patient.toString(), "{poison for the gauge");
        awaitDeadLetter(patient);

        Eventually.until("the gauge equals the open dead letters of each reason", () -> List.of("CONTRACT_VIOLATION", "HANDLER_FAILURE").stream()
                .allMatch(reason -> gauge(reason) == openWithReason(reason)));
        assertTrue(gauge("CONTRACT_VIOLATION") >= 1);
    }

    @Test
    void onlyOpsActOnDeadLetters() {
        UUID unknown = UUID.randomUUID();
        given().get("/api/v1/dead-letters").then().statusCode(401);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/dead-letters").then().statusCode(403);
        given().auth().oauth2(As.pharmSunrise()).post("/api/v1/dead-letters/{id}/replay", unknown).then().statusCode(403);
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/dead-letters/{id}/discard", unknown).then().statusCode(403);
    }

    @Test
    void badRequestsAreNamedAndUnknownDeadLettersAre404() {
        given().auth().oauth2(As.ops()).get("/api/v1/dead-letters/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(As.ops()).get("/api/v1/dead-letters/{id}", "not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("deadLetterId"));
        given().auth().oauth2(As.ops()).queryParam("status", "LOST").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(As.ops()).queryParam("patientId", "42").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("patientId"));
        given().auth().oauth2(As.ops()).queryParam("type", "<script>").get("/api/v1/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/dead-letters/{id}/discard", UUID.randomUUID()).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body("{\"reason\": 7}")
                .post("/api/v1/dead-letters/{id}/discard", UUID.randomUUID()).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .post("/api/v1/dead-letters/{id}/discard", UUID.randomUUID()).then().statusCode(400);
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("limit", 0))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body("{\"limit\": 1.5}")
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("reason", "SOMETHING"))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Map.of("color", "red"))
                .post("/api/v1/dead-letters/replay").then().statusCode(400).body("errors[0].field", equalTo("color"));
    }

    /** An approval as the connector's dead-letter strategy writes it on prescription.dlq after the handling failed. */
    private static void deadLetteredApproval(UUID patient, UUID eventId) {
        String event = EventJson.write(CloudEvent.of(eventId, "intake", EventType.EVALUATION_APPROVED, patient.toString(), Instant.now(),
                Api.approval(patient, "acme", "CA", 300)));
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.deadLetterTopic("prescription"), patient.toString(), event);
        header(record, "dead-letter-reason", "the approval could not be stored");
        header(record, "dead-letter-exception-class-name", IllegalStateException.class.getName());
        header(record, "dead-letter-topic", Topics.INTAKE_EVENTS);
        header(record, "dead-letter-partition", "0");
        header(record, "dead-letter-offset", Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE)));
        TestEvents.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the patient's open dead letter, once the feed has stored it. */
    private static String awaitDeadLetter(UUID patient) {
        Eventually.until("an open dead letter of patient " + patient, () -> openOf(patient) >= 1);
        return given().auth().oauth2(As.ops()).queryParam("patientId", patient.toString()).queryParam("status", "OPEN")
                .get("/api/v1/dead-letters").then().statusCode(200).extract().path("items[0].deadLetterId");
    }

    private static double gauge(String reason) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return scrape.lines().filter(line -> line.startsWith("stillwater_dead_letters_open{") && line.contains("reason=\"" + reason + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private static int openWithReason(String reason) {
        return given().auth().oauth2(As.ops()).queryParam("status", "OPEN").queryParam("reason", reason)
                .get("/api/v1/dead-letters").then().statusCode(200).extract().path("total");
    }

    private static int openOf(UUID patient) {
        return given().auth().oauth2(As.ops()).queryParam("patientId", patient.toString()).queryParam("status", "OPEN")
                .get("/api/v1/dead-letters").then().statusCode(200).extract().path("total");
    }
}
