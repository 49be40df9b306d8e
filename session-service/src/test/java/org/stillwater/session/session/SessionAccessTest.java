package org.stillwater.session.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.session.Api;
import org.stillwater.session.Journey;
import org.stillwater.testing.Eventually;

/** Who may do what (DESIGN §3) and bad input: refused with the field named, never a 500. */
@QuarkusTest
class SessionAccessTest {

    @Inject
    ServiceClock clock;

    @Test
    void aPatientStartsAndCompletesTheirOwnSessionButNobodyElses() {
        Journey journey = new Journey(clock);
        UUID alex = DemoAccounts.ALEX_PATIENT_ID;
        journey.approve(alex, "acme", "CA", Journey.PROTOCOL);
        journey.makeReady(alex);
        UUID someoneElse = journey.readyPatient();

        UUID session = UUID.fromString(Api.start(Api.alex(), alex, Api.check()).statusCode(201)
                .body("patientId", equalTo(alex.toString())).extract().path("sessionId"));
        Api.start(Api.alex(), someoneElse, Api.check()).statusCode(404);
        UUID othersSession = Api.start(someoneElse);
        Api.complete(Api.alex(), othersSession, Api.log()).statusCode(404);
        Api.logDose(Api.alex(), othersSession, 200, 2).statusCode(404);
        given().auth().oauth2(Api.alex()).get("/api/v1/sessions/{id}", othersSession).then().statusCode(404);
        Api.history(Api.alex(), someoneElse).statusCode(404);
        Api.dosingStatus(Api.alex(), someoneElse).statusCode(404);

        Api.complete(Api.alex(), session, Api.log()).statusCode(200);
        Api.history(Api.alex(), alex).statusCode(200).body("items[0].journal", equalTo("Felt calm after twenty minutes; the music helped."));
        Api.dosingStatus(Api.alex(), alex).statusCode(200).body("canStartNow", equalTo(false));
    }

    @Test
    void anotherPartnerDoesNotSeeThePatientNorTheirSessions() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.start(Api.globex(), patient, Api.check()).statusCode(404);
        Api.complete(Api.globex(), session, Api.log()).statusCode(404);
        Api.history(Api.globex(), patient).statusCode(404);
        Api.dosingStatus(Api.globex(), patient).statusCode(404);
        given().auth().oauth2(Api.globex()).get("/api/v1/sessions/{id}", session).then().statusCode(404);
        Api.complete(Api.acme(), session, Api.log()).statusCode(200);
    }

    @Test
    void cliniciansLicensedInThePatientsStateReadButDoNotDose() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.history(Api.drCalifornia(), patient).statusCode(200).body("total", equalTo(1));
        Api.dosingStatus(Api.drCalifornia(), patient).statusCode(200);
        given().auth().oauth2(Api.drCalifornia()).get("/api/v1/sessions/{id}", session).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        Api.history(Api.drTexas(), patient).statusCode(404);
        Api.dosingStatus(Api.drTexas(), patient).statusCode(404);
        given().auth().oauth2(Api.drTexas()).get("/api/v1/sessions/{id}", session).then().statusCode(404);
        Api.start(Api.drCalifornia(), patient, Api.check()).statusCode(403);
        Api.complete(Api.drCalifornia(), session, Api.log()).statusCode(403);
    }

    @Test
    void aTexanPatientIsSeenByTheTexasClinicianOnly() {
        Journey journey = new Journey(clock);
        UUID texan = UUID.randomUUID();
        journey.approve(texan, "acme", "TX", new Protocol(200, 96, false, 135, 85));
        Eventually.assertThat(() -> Api.dosingStatus(Api.drTexas(), texan).statusCode(200)
                .body("minHoursBetweenSessions", equalTo(96))
                .body("preSessionCheck.bpLimitSystolic", equalTo(135))
                .body("preSessionCheck.sitterRequired", equalTo(false)));
        Api.dosingStatus(Api.drCalifornia(), texan).statusCode(404);
    }

    @Test
    void pharmacistsAndOpsSeeNoPatientSessions() {
        UUID patient = new Journey(clock).readyPatient();
        Api.history(Api.pharmacist(), patient).statusCode(403);
        Api.dosingStatus(Api.ops(), patient).statusCode(403);
        Api.start(Api.ops(), patient, Api.check()).statusCode(403);
        Api.reportAdverseEvent(Api.pharmacist(), patient, "MILD", "OTHER").statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        UUID patient = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Api.check()).post("/api/v1/patients/{id}/sessions", patient)
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/patients/{id}/dosing-status", patient).then().statusCode(401);
    }

    @Test
    void anUnknownPatientIs404() {
        UUID unknown = UUID.randomUUID();
        Api.start(Api.acme(), unknown, Api.check()).statusCode(404);
        Api.dosingStatus(Api.acme(), unknown).statusCode(404);
        Api.complete(Api.acme(), UUID.randomUUID(), Api.log()).statusCode(404);
    }

    @Test
    void aMalformedIdIsRefusedNamingTheParameter() {
        given().auth().oauth2(Api.acme()).contentType(ContentType.JSON).body(Api.check())
                .post("/api/v1/patients/not-a-uuid/sessions").then().statusCode(400).body("errors[0].field", equalTo("patientId"));
        given().auth().oauth2(Api.acme()).contentType(ContentType.JSON).body(Api.log())
                .post("/api/v1/sessions/42/completion").then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
    }

    @Test
    void impossibleBloodPressuresAreRefusedNamingTheFields() {
        UUID patient = new Journey(clock).readyPatient();
        Api.start(Api.acme(), patient, Api.check(0, 0)).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure.systolic", "bloodPressure.diastolic"));
        Api.start(Api.acme(), patient, Api.check(400, 300)).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure.systolic", "bloodPressure.diastolic"));
        Api.start(Api.acme(), patient, Api.check(80, 120)).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure"));
        Map<String, Object> missing = Api.check();
        missing.remove("bloodPressure");
        missing.remove("noDrivingAcknowledged");
        Api.start(Api.acme(), patient, missing).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure", "noDrivingAcknowledged"));
        Api.history(Api.acme(), patient).body("total", equalTo(0));
    }

    @Test
    void outOfRangeSessionLogsAreRefusedNamingTheFields() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Map<String, Object> log = Api.log();
        log.put("intensity", 11);
        log.put("unitsUsed", -1);
        log.put("moodAfter", -3);
        log.put("bloodPressureAfter", Api.bloodPressure(0, 0));
        Api.complete(Api.acme(), session, log).statusCode(400)
                .body("errors.field", hasItems("intensity", "unitsUsed", "moodAfter", "bloodPressureAfter.systolic",
                        "bloodPressureAfter.diastolic"));
        Map<String, Object> unknownSideEffect = Api.log();
        unknownSideEffect.put("sideEffects", List.of("EUPHORIA_OVERLOAD"));
        Api.complete(Api.acme(), session, unknownSideEffect).statusCode(400).body("errors.field", hasItem("sideEffects[0]"));
        Map<String, Object> longJournal = Api.log();
        longJournal.put("journal", "a".repeat(CompletionRequest.JOURNAL_MAX_LENGTH + 1));
        Api.complete(Api.acme(), session, longJournal).statusCode(400).body("errors.field", hasItem("journal"));
        Api.logDose(Api.acme(), session, 200, -2).statusCode(400).body("errors.field", hasItem("unitsUsed"));
        Api.complete(Api.acme(), session, Api.log()).statusCode(200);
    }

    @Test
    void aPageSizeAboveTheLimitIsRefused() {
        UUID patient = new Journey(clock).readyPatient();
        given().auth().oauth2(Api.acme()).queryParam("size", 1000).get("/api/v1/patients/{id}/sessions", patient)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
