package org.stillwater.session.adverse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.session.Api;
import org.stillwater.session.HandledEvents;
import org.stillwater.session.Journey;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

/** Escalation (DESIGN §6): SEVERE or worse holds sessions at once; only the URGENT check-in's outcome lifts the hold. */
@QuarkusTest
class AdverseEventApiTest {

    @Inject
    ServiceClock clock;

    @Inject
    HandledEvents handled;

    private static UUID report(String token, UUID patient, String severity) {
        return UUID.fromString(Api.reportAdverseEvent(token, patient, severity, "LOSS_OF_CONSCIOUSNESS").statusCode(201)
                .extract().path("adverseEventId"));
    }

    @Test
    void aSevereAdverseEventBlocksTheNextStartWithinOneRequest() {
        UUID patient = new Journey(clock).readyPatient();
        UUID adverseEvent = UUID.fromString(Api.reportAdverseEvent(As.acme(), patient, "SEVERE", "LOSS_OF_CONSCIOUSNESS")
                .statusCode(201)
                .body("holdPlaced", equalTo(true))
                .body("whatHappensNext", notNullValue())
                .extract().path("adverseEventId"));

        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("ADVERSE_EVENT_HOLD"));
        Api.dosingStatus(As.acme(), patient).body("canStartNow", equalTo(false))
                .body("holds[0].adverseEventId", equalTo(adverseEvent.toString()))
                .body("holds[0].severity", equalTo("SEVERE"));

        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            ValidatedEvent event = events.await(EventType.ADVERSE_EVENT_REPORTED);
            AdverseEventReported reported = event.data(AdverseEventReported.class);
            assertEquals(adverseEvent, reported.adverseEventId());
            assertEquals("SEVERE", reported.severity());
            assertEquals("LOSS_OF_CONSCIOUSNESS", reported.category());
            assertTrue(reported.holdPlaced());
            assertFalse(event.envelope().toString().contains("faint"), "the description never leaves the service");
        }
    }

    @Test
    void onlyTheUrgentCheckInsOutcomeNamingTheHoldLiftsIt() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        UUID adverseEvent = report(As.acme(), patient, "LIFE_THREATENING");

        UUID otherLift = TestEvents.publish(journey.checkIn(patient, "URGENT", UUID.randomUUID()));
        UUID plainCheckIn = TestEvents.publish(journey.checkIn(patient, "WEEKLY", null));
        handled.await(otherLift);
        handled.await(plainCheckIn);
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("ADVERSE_EVENT_HOLD"));

        TestEvents.publish(journey.checkIn(patient, "URGENT", adverseEvent));
        Journey.awaitCanStart(patient);
        Api.dosingStatus(As.acme(), patient).body("holds", empty());
        Api.start(As.acme(), patient, Api.check()).statusCode(201);
    }

    @Test
    void aResumptionNamingTheHoldLiftsItToo() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        UUID adverseEvent = report(As.drCalifornia(), patient, "SEVERE");
        TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), patient, "dr.california", clock.instant()));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient).body("treatment", equalTo("PAUSED"))
                .body("reasons.code", contains("TREATMENT_PAUSED", "ADVERSE_EVENT_HOLD")));

        TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", adverseEvent, clock.instant()));
        Journey.awaitCanStart(patient);
        TestEvents.publish(journey.checkIn(patient, "URGENT", adverseEvent));
        UUID marker = TestEvents.publish(new DosageAdjusted(UUID.randomUUID(), patient, null, 72, "dr.california", "1234567893", "BR1234563", clock.instant()));
        handled.await(marker);
        Journey.awaitCanStart(patient);
    }

    @Test
    void mildAndModerateEventsAreRecordedWithoutAHold() {
        UUID patient = new Journey(clock).readyPatient();
        Api.reportAdverseEvent(As.acme(), patient, "MILD", "SEVERE_NAUSEA_OR_VOMITING").statusCode(201)
                .body("holdPlaced", equalTo(false)).body("whatHappensNext", nullValue());
        Api.reportAdverseEvent(As.acme(), patient, "MODERATE", "PANIC_OR_AGITATION").statusCode(201);
        Api.start(As.acme(), patient, Api.check()).statusCode(201);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/adverse-events", patient).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].severity", equalTo("MODERATE"))
                .body("items[1].description", equalTo("felt faint and could not stand up"));
    }

    @Test
    void anAdverseEventMayNameOneOfThePatientsSessions() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        UUID session = Api.start(patient);
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON)
                .body(Map.of("severity", "MODERATE", "category", "PROLONGED_DISSOCIATION", "sessionId", session.toString()))
                .post("/api/v1/patients/{id}/adverse-events", patient).then().statusCode(201)
                .body("sessionId", equalTo(session.toString()));
        UUID someoneElsesSession = Api.start(journey.readyPatient());
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON)
                .body(Map.of("severity", "MODERATE", "category", "PROLONGED_DISSOCIATION", "sessionId", someoneElsesSession.toString()))
                .post("/api/v1/patients/{id}/adverse-events", patient).then().statusCode(422)
                .body("errors[0].field", equalTo("sessionId"));
    }

    @Test
    void whoMayReportAndWhatIsRefused() {
        UUID patient = new Journey(clock).readyPatient();
        Api.reportAdverseEvent(As.drCalifornia(), patient, "MILD", "OTHER").statusCode(201).body("reportedBy", equalTo("dr.california"));
        Api.reportAdverseEvent(As.drTexas(), patient, "SEVERE", "OTHER").statusCode(404);
        Api.reportAdverseEvent(As.globex(), patient, "SEVERE", "OTHER").statusCode(404);
        Api.reportAdverseEvent(As.acme(), patient, "CATASTROPHIC", "OTHER").statusCode(400).body("errors.field", hasItem("severity"));
        Api.reportAdverseEvent(As.acme(), patient, "SEVERE", "BAD_VIBES").statusCode(400).body("errors.field", hasItem("category"));
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON)
                .body(Map.of("severity", "MILD", "category", "OTHER", "description", "x".repeat(4001)))
                .post("/api/v1/patients/{id}/adverse-events", patient).then().statusCode(400).body("errors.field", hasItem("description"));
        Api.start(As.acme(), patient, Api.check()).statusCode(201);
    }
}
