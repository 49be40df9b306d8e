package org.stillwater.checkin.journey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.checkin.Events;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

@QuarkusTest
class JourneyApiTest {

    @Inject
    Clock clock;

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<String> types(JsonPath journey, int week) {
        return journey.getList("weeks[" + (week - 1) + "].entries.type");
    }

    /** The journey without the ids that differ between two patients fed the same facts. */
    private static List<String> comparable(JsonPath journey) {
        List<Map<String, Object>> weeks = journey.getList("weeks");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> week : weeks) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) week.get("entries");
            entries.forEach(entry -> lines.add(week.get("week") + " " + entry.get("at") + " " + entry.get("type") + " " + entry.get("summary")));
        }
        journey.<Map<String, Object>>getList("next").forEach(step -> lines.add("next " + step.get("at") + " " + step.get("message")));
        lines.add("treatment " + journey.getMap("treatment"));
        return lines;
    }

    @Test
    void theWeekFourFollowUpIsShownInWeekFourForAnApprovalEarlyInThePatientsDay() {
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        Instant approved = LocalDate.now(clock.withZone(pacific)).minusDays(12).atTime(0, 20).atZone(pacific).toInstant();
        UUID patient = Api.approvedPatient("CA", approved);
        Api.awaitCheckIn("CA", patient, "FOLLOW_UP", "EVALUATION_APPROVED");

        JsonPath journey = Api.journey(As.acme(), patient);
        assertEquals(List.of(1, 2, 3, 4), journey.getList("weeks.week"));
        assertEquals(List.of("CHECK_IN_DUE"), types(journey, 4));
    }

    @Test
    void theJourneyShowsTheMonthWeekByWeek() {
        Instant approved = now().minus(Duration.ofDays(12));
        UUID patient = Api.approvedPatient("CA", approved);
        UUID prescription = UUID.randomUUID();
        UUID shipment = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant sessionStart = approved.plus(Duration.ofDays(9));
        TestEvents.publish(Events.prescription(patient, prescription, 100, 2, approved.plus(Duration.ofDays(1))));
        TestEvents.publish(Events.shipmentRequested(patient, shipment, prescription, approved.plus(Duration.ofDays(1)).plusSeconds(60)));
        TestEvents.publish(Events.shipmentDispatched(patient, shipment, prescription, approved.plus(Duration.ofDays(2))));
        TestEvents.publish(Events.shipmentDelivered(patient, shipment, prescription, approved.plus(Duration.ofDays(4))));
        TestEvents.publish(Events.sessionBlocked(patient, UUID.randomUUID(), false, approved.plus(Duration.ofDays(8))));
        TestEvents.publish(Events.sessionStarted(patient, session, 1, sessionStart));
        TestEvents.publish(Events.sessionCompleted(patient, session, 1, sessionStart.plus(Duration.ofHours(4))));
        UUID onboarding = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201);

        Eventually.assertThat(() -> given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}/journey", patient).then()
                .statusCode(200)
                .body("weeks[0].entries.type", hasItems("EVALUATION_APPROVED", "PRESCRIPTION_ISSUED", "SHIPMENT_REQUESTED",
                        "SHIPMENT_DISPATCHED", "SHIPMENT_DELIVERED"))
                .body("weeks[1].entries.type", hasItems("SESSION_BLOCKED", "SESSION_STARTED", "SESSION_COMPLETED",
                        "CHECK_IN_COMPLETED")));

        JsonPath journey = Api.journey(As.acme(), patient);
        assertEquals(List.of(1, 2, 3, 4), journey.getList("weeks.week"));
        assertEquals(approved, Instant.parse(journey.getString("approvedAt")));
        assertTrue(types(journey, 2).contains("CHECK_IN_MISSED") || types(journey, 2).contains("CHECK_IN_DUE"),
                "the integration check-in after session 1 is in week 2: " + types(journey, 2));
        assertEquals(List.of("CHECK_IN_DUE"), types(journey, 4));
        assertEquals(Events.BASELINE_PHQ9, journey.getInt("trend.baselinePhq9"));
        assertEquals(List.of(7), journey.getList("trend.measurements.phq9Total"));
        assertEquals(true, journey.getBoolean("trend.response"));
        assertEquals("ACTIVE", journey.getString("treatment.status"));
        assertEquals(100, journey.getInt("treatment.strengthMg"));
        List<Map<String, Object>> next = journey.getList("next");
        Map<String, Object> nextSession = next.stream().filter(step -> step.get("code").equals("NEXT_SESSION_ALLOWED_AFTER")).findFirst().orElseThrow();
        assertEquals(sessionStart.plus(Duration.ofHours(Events.MIN_HOURS)), Instant.parse((String) nextSession.get("at")));
        assertTrue(next.stream().anyMatch(step -> step.get("code").equals("CHECK_IN_WINDOW")
                && ((String) step.get("message")).startsWith("Week-4 follow-up between")));
    }

    @Test
    void theJourneyIsTheSameWhateverOrderTheEventsArriveInAndHoweverOften() {
        Instant approved = now().minus(Duration.ofDays(10));
        UUID session = UUID.randomUUID();
        UUID inOrder = UUID.randomUUID();
        UUID outOfOrder = UUID.randomUUID();

        for (EventData event : facts(inOrder, approved, session)) {
            TestEvents.publish(event);
        }
        List<EventData> reversed = new ArrayList<>(facts(outOfOrder, approved, session));
        Collections.reverse(reversed);
        UUID redelivered = UUID.randomUUID();
        for (EventData event : reversed) {
            if (event instanceof SessionCompleted) {
                TestEvents.publish(redelivered, event, now());
                TestEvents.publish(redelivered, event, now());
            }
            TestEvents.publish(event);
        }

        for (UUID patient : List.of(inOrder, outOfOrder)) {
            Eventually.assertThat(() -> given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", patient).then()
                    .statusCode(200)
                    .body("weeks.entries.flatten().type", hasItems("EVALUATION_APPROVED", "PRESCRIPTION_ISSUED", "SESSION_COMPLETED"))
                    .body("weeks.entries.flatten().findAll { it.type == 'CHECK_IN_DUE' || it.type == 'CHECK_IN_MISSED' }.size()", equalTo(3)));
        }
        assertEquals(comparable(Api.journey(As.drCalifornia(), inOrder)), comparable(Api.journey(As.drCalifornia(), outOfOrder)));
        assertEquals(1L, Api.journey(As.drCalifornia(), outOfOrder).<String>getList("weeks.entries.flatten().type").stream()
                .filter("SESSION_COMPLETED"::equals).count());
    }

    /** The same facts at the same times for two patients (session ids may repeat across patients, prescription ids not). */
    private static List<EventData> facts(UUID patient, Instant approved, UUID session) {
        EvaluationApproved approval = Events.approval(patient, "CA", approved);
        return List.of(approval,
                Events.prescription(patient, UUID.randomUUID(), 100, 2, approved.plus(Duration.ofDays(1))),
                Events.sessionCompleted(patient, session, 1, approved.plus(Duration.ofHours(180))));
    }

    @Test
    void thePatientAndTheirPartnerSeeTheJourneyAndOthersDoNot() {
        Api.approve(DemoAccounts.ALEX_PATIENT_ID, "CA", now().minus(Duration.ofDays(3)));
        given().auth().oauth2(As.alex()).get("/api/v1/patients/{id}/journey", DemoAccounts.ALEX_PATIENT_ID).then()
                .statusCode(200).body("patientId", equalTo(DemoAccounts.ALEX_PATIENT_ID.toString()));
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}/journey", DemoAccounts.ALEX_PATIENT_ID).then().statusCode(200);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", DemoAccounts.ALEX_PATIENT_ID).then().statusCode(200);

        given().auth().oauth2(As.globex()).get("/api/v1/patients/{id}/journey", DemoAccounts.ALEX_PATIENT_ID).then().statusCode(404);
        given().auth().oauth2(As.drTexas()).get("/api/v1/patients/{id}/journey", DemoAccounts.ALEX_PATIENT_ID).then().statusCode(404);
        UUID someoneElse = Api.approvedPatient("CA", now());
        given().auth().oauth2(As.alex()).get("/api/v1/patients/{id}/journey", someoneElse).then().statusCode(404);
        given().auth().oauth2(As.pharmSunrise()).get("/api/v1/patients/{id}/journey", someoneElse).then().statusCode(403);
        given().auth().oauth2(As.ops()).get("/api/v1/patients/{id}/journey", someoneElse).then().statusCode(403);
        given().get("/api/v1/patients/{id}/journey", someoneElse).then().statusCode(401);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", "42").then().statusCode(400)
                .body("errors[0].field", equalTo("patientId"));
    }
}
