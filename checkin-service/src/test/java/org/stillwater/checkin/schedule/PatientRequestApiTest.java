package org.stillwater.checkin.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

@QuarkusTest
class PatientRequestApiTest {

    @Inject
    Clock clock;

    private static ValidatableResponse ask(String token, UUID patient, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/patients/{id}/checkins", patient).then();
    }

    @Test
    void aPatientAsksForACheckInAndGetsAnUrgentOneDueWithin24HoursOneAtATime() {
        UUID alex = DemoAccounts.ALEX_PATIENT_ID;
        Api.approve(alex, "CA", clock.instant().minus(Duration.ofDays(4)));

        Instant before = clock.instant();
        String id = ask(As.alex(), alex, Map.of("reason", "the last session felt overwhelming")).statusCode(201)
                .body("kind", equalTo("URGENT"))
                .body("trigger", equalTo("PATIENT_REQUEST"))
                .body("status", equalTo("SCHEDULED"))
                .body("requestedBy", equalTo("patient.alex"))
                .body("requestReason", equalTo("the last session felt overwhelming"))
                .extract().path("checkInId");
        Instant after = clock.instant();
        UUID checkIn = UUID.fromString(id);

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, alex)) {
            CheckInScheduled scheduled = events.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).checkInId().equals(checkIn)).data(CheckInScheduled.class);
            assertEquals("URGENT", scheduled.kind());
            assertEquals("PATIENT_REQUEST", scheduled.trigger());
            assertTrue(!scheduled.dueAt().isBefore(before.plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MICROS))
                    && !scheduled.dueAt().isAfter(after.plus(Duration.ofHours(24))), "due 24 hours after the request: " + scheduled.dueAt());
        }

        ask(As.alex(), alex, Map.of()).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/check-in-already-requested"))
                .body("errors[0].message", equalTo(id));
        ask(As.acme(), alex, Map.of()).statusCode(409);

        Map<String, Object> completion = Api.completion("CONTINUE");
        completion.put("notes", "talked it through; next session with a lower dose considered");
        Api.complete(As.drCalifornia(), checkIn, completion).statusCode(201);
        given().auth().oauth2(As.alex()).get("/api/v1/checkins/{id}", checkIn).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completion.outcome", equalTo("CONTINUE"))
                .body("completion.notes", nullValue());
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/checkins/{id}", checkIn).then().statusCode(200)
                .body("completion.notes", equalTo("talked it through; next session with a lower dose considered"));

        ask(As.acme(), alex, Map.of()).statusCode(201).body("requestedBy", equalTo("service-account-partner-acme"));
    }

    @Test
    void onlyThePatientAndTheirPartnerMayAsk() {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        ask(As.globex(), patient, Map.of()).statusCode(404);
        ask(As.alex(), patient, Map.of()).statusCode(404);
        ask(As.drCalifornia(), patient, Map.of()).statusCode(403);
        ask(As.ops(), patient, Map.of()).statusCode(403);
        ask(As.acme(), UUID.randomUUID(), Map.of()).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/patients/{id}/checkins", patient).then().statusCode(401);
    }

    @Test
    void aReasonLongerThan1000CharactersIsRefused() {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        ask(As.acme(), patient, Map.of("reason", "x".repeat(1001))).statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void thePatientsCheckInsAreListedForThemTheirPartnerAndLicensedClinicians() {
        UUID patient = Api.approvedPatient("TX", clock.instant());
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}/checkins", patient).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].kind", equalTo("FOLLOW_UP"));
        given().auth().oauth2(As.drTexas()).get("/api/v1/patients/{id}/checkins", patient).then().statusCode(200);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/checkins", patient).then().statusCode(404);
        given().auth().oauth2(As.globex()).get("/api/v1/patients/{id}/checkins", patient).then().statusCode(404);
        given().auth().oauth2(As.pharmSunrise()).get("/api/v1/patients/{id}/checkins", patient).then().statusCode(403);
        given().auth().oauth2(As.acme()).queryParam("size", 0).get("/api/v1/patients/{id}/checkins", patient).then().statusCode(400);
    }
}
