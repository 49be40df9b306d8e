package org.stillwater.endtoend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.SharedPlatform;
import org.stillwater.testing.SpanCollector.CollectedSpan;

/** One approval's trace, followed from intake-service's REST call through the outbox and Kafka into the other services. */
class TracingAcrossServicesTest {

    @Test
    void anApprovalIsTracedIntoEveryServiceThatReactsToIt() {
        String intake = SharedPlatform.url(ServiceName.INTAKE);
        String acme = SharedPlatform.tokens().acme();
        String patientId = given().baseUri(intake).auth().oauth2(acme).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Trace", "familyName", "Test", "dateOfBirth", "1990-01-01", "stateOfResidence", "CA",
                        "shippingAddress", Map.of("line1", "1 Main St", "city", "Sacramento", "state", "CA", "postalCode", "95814"),
                        "emergencyContact", Map.of("name", "Kin Test", "phone", "+1 555 0100", "relationship", "sibling")))
                .post("/api/v1/patients").then().statusCode(201).extract().path("patientId");
        String intakeId = given().baseUri(intake).auth().oauth2(acme).contentType(ContentType.JSON)
                .body(Map.of("phq9", List.of(2, 2, 2, 2, 2, 2, 1, 1, 0), "gad7", List.of(2, 2, 1, 1, 1, 1, 1),
                        "bloodPressure", Map.of("systolic", 120, "diastolic", 80), "conditions", List.of(),
                        "currentMedications", List.of(), "ketamineAllergy", false, "otherAllergies", List.of(),
                        "pregnantOrNursing", false, "substanceUse", Map.of("activeSubstanceUseDisorder", false)))
                .post("/api/v1/patients/{id}/intakes", patientId).then().statusCode(201).extract().path("intakeId");

        String traceId = randomHex(16);
        given().baseUri(intake).auth().oauth2(SharedPlatform.tokens().user(DemoAccounts.DR_CALIFORNIA))
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "modality", "VIDEO", "inPersonEvaluationOn", "2026-10-01"))
                .post("/api/v1/intakes/{id}/evaluation", intakeId).then().statusCode(201);

        Set<String> consumers = Set.of("prescription-service", "session-service", "checkin-service");
        Eventually.until("each consumer's handling of the approval in the approval's trace", () -> consumers.stream().allMatch(consumer ->
                SharedPlatform.spans().trace(traceId).stream()
                        .anyMatch(span -> span.service().equals(consumer) && span.name().equals("consume EvaluationApproved"))));
        List<CollectedSpan> trace = SharedPlatform.spans().trace(traceId);
        assertTrue(trace.stream().anyMatch(span -> span.service().equals("intake-service") && span.name().contains("evaluation")),
                "the REST call in intake-service: " + trace);
        assertTrue(trace.stream().map(CollectedSpan::service).collect(Collectors.toSet()).size() >= 4,
                "spans from intake-service and the three consumers under one trace id: " + trace);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new Random().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
