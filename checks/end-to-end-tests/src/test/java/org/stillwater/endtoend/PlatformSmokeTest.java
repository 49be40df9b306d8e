package org.stillwater.endtoend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.SharedPlatform;

/** The platform as `./stillwater up` starts it: four services, real Keycloak tokens, events on the real broker. */
class PlatformSmokeTest {

    @Test
    void everyServiceIsReady() {
        for (ServiceName service : ServiceName.values()) {
            given().baseUri(SharedPlatform.url(service)).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void everyServiceAnswersWithoutATokenWith401() {
        for (ServiceName service : ServiceName.values()) {
            given().baseUri(SharedPlatform.url(service)).get("/api/v1/dev/clock")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aRealKeycloakTokenIsAccepted() {
        given().baseUri(SharedPlatform.url(ServiceName.INTAKE)).auth().oauth2(SharedPlatform.tokens().acme())
                .get("/api/v1/patients/{id}", DemoAccounts.ALEX_PATIENT_ID)
                .then().statusCode(200).body("givenName", equalTo("Alex"));
    }

    @Test
    void everyServiceServesItsOpenApiDocumentAndMetrics() {
        for (ServiceName service : ServiceName.values()) {
            given().baseUri(SharedPlatform.url(service)).get("/q/openapi").then().statusCode(200);
            given().baseUri(SharedPlatform.url(service)).get("/q/metrics").then().statusCode(200);
        }
    }

    @Test
    void anEventWrittenThroughAnOutboxArrivesOnItsTopicAsAValidCloudEvent() {
        String intake = SharedPlatform.url(ServiceName.INTAKE);
        String acme = SharedPlatform.tokens().acme();
        String patientId = given().baseUri(intake).auth().oauth2(acme).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Smoke", "familyName", "Test", "dateOfBirth", "1990-01-01", "stateOfResidence", "CA",
                        "shippingAddress", Map.of("line1", "1 Main St", "city", "Sacramento", "state", "CA", "postalCode", "95814"),
                        "emergencyContact", Map.of("name", "Kin Test", "phone", "+1 555 0100", "relationship", "sibling")))
                .post("/api/v1/patients").then().statusCode(201).extract().path("patientId");
        given().baseUri(intake).auth().oauth2(acme).contentType(ContentType.JSON)
                .body(Map.of("phq9", List.of(2, 2, 2, 2, 2, 2, 1, 1, 0), "gad7", List.of(2, 2, 1, 1, 1, 1, 1),
                        "bloodPressure", Map.of("systolic", 120, "diastolic", 80), "conditions", List.of(),
                        "currentMedications", List.of(), "ketamineAllergy", false, "otherAllergies", List.of(),
                        "pregnantOrNursing", false, "substanceUse", Map.of("activeSubstanceUseDisorder", false)))
                .post("/api/v1/patients/{id}/intakes", patientId).then().statusCode(201);

        try (PatientEvents events = PatientEvents.on(SharedPlatform.get().infrastructure().bootstrapServers(),
                Topics.INTAKE_EVENTS, UUID.fromString(patientId))) {
            ValidatedEvent event = events.await(EventType.INTAKE_SUBMITTED);
            assertEquals("intake-service", event.source());
            assertEquals(patientId, event.subject());
            assertEquals(UUID.fromString(patientId), event.data(IntakeSubmitted.class).patientId());
        }
    }
}
