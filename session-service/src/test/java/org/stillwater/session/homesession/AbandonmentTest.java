package org.stillwater.session.homesession;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.session.Api;
import org.stillwater.session.Journey;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

/** A started session not completed within 6 hours is closed as ABANDONED; a dose logged during it counts. */
@QuarkusTest
class AbandonmentTest {

    @Inject
    ServiceClock clock;

    @Inject
    Abandonment abandonment;

    @Test
    void aSessionNotCompletedWithinSixHoursIsAbandonedAndItsLoggedDoseCounts() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.logDose(As.acme(), session, 200, 2).statusCode(200)
                .body("doseLogged.doseMg", equalTo(200))
                .body("doseLogged.unitsUsed", equalTo(2));
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6)).body("sessionInProgress", equalTo(session.toString()));

        clock.advance(Duration.ofHours(6));
        abandonment.closeOverdue();

        given().auth().oauth2(As.acme()).get("/api/v1/sessions/{id}", session).then().statusCode(200)
                .body("status", equalTo("ABANDONED"));
        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            SessionCompleted abandoned = events.await(EventType.SESSION_COMPLETED).data(SessionCompleted.class);
            assertEquals("ABANDONED", abandoned.status());
            assertEquals(session, abandoned.sessionId());
            assertEquals(200, abandoned.doseMg());
            assertEquals(2, abandoned.unitsUsed());
            assertNull(abandoned.intensity());
        }
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6)).body("sessionInProgress", nullValue());
        Api.complete(As.acme(), session, Api.log()).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/session-abandoned"));
    }

    @Test
    void withoutALoggedDoseAnAbandonedSessionUsesNoUnitsAndTheNextStartClosesItFirst() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        clock.advance(Duration.ofHours(6).plusMinutes(1));

        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("TOO_SOON_SINCE_LAST_SESSION"));
        given().auth().oauth2(As.acme()).get("/api/v1/sessions/{id}", session).then().body("status", equalTo("ABANDONED"));
        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            SessionCompleted abandoned = events.await(EventType.SESSION_COMPLETED).data(SessionCompleted.class);
            assertEquals("ABANDONED", abandoned.status());
            assertEquals(0, abandoned.unitsUsed());
        }
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(8));
    }

    @Test
    void aCompletionSixHoursAfterTheStartIsTooLateAndClosesTheSession() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        clock.advance(Duration.ofHours(6));
        Api.complete(As.acme(), session, Api.log()).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/session-abandoned"));
        given().auth().oauth2(As.acme()).get("/api/v1/sessions/{id}", session).then().body("status", equalTo("ABANDONED"));
    }

    @Test
    void aDoseIsLoggedOnceWithinThePrescriptionAndTheCompletionRecordsWhatWasTaken() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.logDose(As.acme(), session, 300, 3).statusCode(422).body("errors.code", contains("dose-above-prescribed"));
        Api.logDose(As.acme(), session, 100, 1).statusCode(200);
        Api.logDose(As.acme(), session, 100, 1).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/dose-already-logged"));
        Api.complete(As.acme(), session, Api.log()).statusCode(200).body("unitsUsed", equalTo(2)).body("doseLogged.unitsUsed", equalTo(1));
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6));
        Api.logDose(As.acme(), session, 100, 1).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/session-already-completed"));
    }

    @Test
    void aCompletionMayNotLogFewerUnitsThanItsLoggedDoseNorADoseOtherThanItsUnitsSoUnitsOnHandCannotDriftUp() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.logDose(As.acme(), session, 200, 2).statusCode(200);
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6));
        Map<String, Object> fewer = Api.log();
        fewer.put("doseMg", 100);
        fewer.put("unitsUsed", 1);
        Api.complete(As.acme(), session, fewer).statusCode(422)
                .body("errors.code", contains("units-below-logged-dose")).body("errors.field", contains("unitsUsed"));
        Map<String, Object> noUnits = Api.log();
        noUnits.put("unitsUsed", 0);
        Api.complete(As.acme(), session, noUnits).statusCode(422)
                .body("errors.code", contains("dose-above-units-used", "units-below-logged-dose"));
        Map<String, Object> doseBelowUnits = Api.log();
        doseBelowUnits.put("doseMg", 100);
        Api.complete(As.acme(), session, doseBelowUnits).statusCode(422)
                .body("errors.code", contains("dose-below-units-used")).body("errors.field", contains("doseMg"));
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6));
        Api.complete(As.acme(), session, Api.log()).statusCode(200).body("unitsUsed", equalTo(2));
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6));
    }
}
