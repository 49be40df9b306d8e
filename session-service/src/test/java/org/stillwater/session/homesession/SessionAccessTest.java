package org.stillwater.session.homesession;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

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
import org.stillwater.testing.As;
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

        UUID session = UUID.fromString(Api.start(As.alex(), alex, Api.check()).statusCode(201)
                .body("patientId", equalTo(alex.toString())).extract().path("sessionId"));
        Api.start(As.alex(), someoneElse, Api.check()).statusCode(404);
        UUID othersSession = Api.start(someoneElse);
        Api.complete(As.alex(), othersSession, Api.log()).statusCode(404);
        Api.logDose(As.alex(), othersSession, 200, 2).statusCode(404);
        given().auth().oauth2(As.alex()).get("/api/v1/sessions/{id}", othersSession).then().statusCode(404);
        Api.history(As.alex(), someoneElse).statusCode(404);
        Api.dosingStatus(As.alex(), someoneElse).statusCode(404);

        Api.complete(As.alex(), session, Api.log()).statusCode(200);
        Api.history(As.alex(), alex).statusCode(200).body("items[0].journal", equalTo("Felt calm after twenty minutes; the music helped."));
        Api.dosingStatus(As.alex(), alex).statusCode(200).body("canStartNow", equalTo(false));
    }

    @Test
    void anotherPartnerDoesNotSeeThePatientNorTheirSessions() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.start(As.globex(), patient, Api.check()).statusCode(404);
        Api.complete(As.globex(), session, Api.log()).statusCode(404);
        Api.history(As.globex(), patient).statusCode(404);
        Api.dosingStatus(As.globex(), patient).statusCode(404);
        given().auth().oauth2(As.globex()).get("/api/v1/sessions/{id}", session).then().statusCode(404);
        Api.complete(As.acme(), session, Api.log()).statusCode(200);
    }

    @Test
    void aSessionOfAPatientTheCallerMayNotSeeIs404NamingOnlyTheSessionNeverItsPatient() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        String completion = Api.complete(As.globex(), session, Api.log()).statusCode(404)
                .body("detail", equalTo("session " + session + " was not found")).extract().asString();
        String read = given().auth().oauth2(As.globex()).get("/api/v1/sessions/{id}", session).then().statusCode(404)
                .body("detail", equalTo("session " + session + " was not found")).extract().asString();
        String unknown = Api.complete(As.globex(), UUID.randomUUID(), Api.log()).statusCode(404).extract().asString();
        assertThat(completion, not(containsString(patient.toString())));
        assertThat(read, not(containsString(patient.toString())));
        assertThat(completion.replace(session.toString(), "ID"), equalTo(unknown.replaceAll("[0-9a-f-]{36}", "ID")));
    }

    @Test
    void cliniciansLicensedInThePatientsStateReadButDoNotDose() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.history(As.drCalifornia(), patient).statusCode(200).body("total", equalTo(1));
        Api.dosingStatus(As.drCalifornia(), patient).statusCode(200);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/sessions/{id}", session).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        Api.history(As.drTexas(), patient).statusCode(404);
        Api.dosingStatus(As.drTexas(), patient).statusCode(404);
        given().auth().oauth2(As.drTexas()).get("/api/v1/sessions/{id}", session).then().statusCode(404);
        Api.start(As.drCalifornia(), patient, Api.check()).statusCode(403);
        Api.complete(As.drCalifornia(), session, Api.log()).statusCode(403);
    }

    @Test
    void aTexanPatientIsSeenByTheTexasClinicianOnly() {
        Journey journey = new Journey(clock);
        UUID texan = UUID.randomUUID();
        journey.approve(texan, "acme", "TX", new Protocol(200, 96, false, 135, 85));
        Eventually.assertThat(() -> Api.dosingStatus(As.drTexas(), texan).statusCode(200)
                .body("minHoursBetweenSessions", equalTo(96))
                .body("preSessionCheck.bpLimitSystolic", equalTo(135))
                .body("preSessionCheck.sitterRequired", equalTo(false)));
        Api.dosingStatus(As.drCalifornia(), texan).statusCode(404);
    }

    @Test
    void pharmacistsAndOpsSeeNoPatientSessions() {
        UUID patient = new Journey(clock).readyPatient();
        Api.history(As.pharmSunrise(), patient).statusCode(403);
        Api.dosingStatus(As.ops(), patient).statusCode(403);
        Api.start(As.ops(), patient, Api.check()).statusCode(403);
        Api.reportAdverseEvent(As.pharmSunrise(), patient, "MILD", "OTHER").statusCode(403);
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
        Api.start(As.acme(), unknown, Api.check()).statusCode(404);
        Api.dosingStatus(As.acme(), unknown).statusCode(404);
        Api.complete(As.acme(), UUID.randomUUID(), Api.log()).statusCode(404);
    }

    @Test
    void aMalformedIdIsRefusedNamingTheParameter() {
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Api.check())
                .post("/api/v1/patients/not-a-uuid/sessions").then().statusCode(400).body("errors[0].field", equalTo("patientId"));
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Api.log())
                .post("/api/v1/sessions/42/completion").then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
    }

    @Test
    void impossibleBloodPressuresAreRefusedNamingTheFields() {
        UUID patient = new Journey(clock).readyPatient();
        Api.start(As.acme(), patient, Api.check(0, 0)).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure.systolic", "bloodPressure.diastolic"));
        Api.start(As.acme(), patient, Api.check(400, 300)).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure.systolic", "bloodPressure.diastolic"));
        Api.start(As.acme(), patient, Api.check(80, 120)).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure"));
        Map<String, Object> missing = Api.check();
        missing.remove("bloodPressure");
        missing.remove("noDrivingAcknowledged");
        Api.start(As.acme(), patient, missing).statusCode(400)
                .body("errors.field", containsInAnyOrder("bloodPressure", "noDrivingAcknowledged"));
        Api.history(As.acme(), patient).body("total", equalTo(0));
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
        Api.complete(As.acme(), session, log).statusCode(400)
                .body("errors.field", hasItems("intensity", "unitsUsed", "moodAfter", "bloodPressureAfter.systolic",
                        "bloodPressureAfter.diastolic"));
        Map<String, Object> unknownSideEffect = Api.log();
        unknownSideEffect.put("sideEffects", List.of("EUPHORIA_OVERLOAD"));
        Api.complete(As.acme(), session, unknownSideEffect).statusCode(400).body("errors.field", hasItem("sideEffects[0]"));
        Map<String, Object> longJournal = Api.log();
        longJournal.put("journal", "a".repeat(CompletionRequest.JOURNAL_MAX_LENGTH + 1));
        Api.complete(As.acme(), session, longJournal).statusCode(400).body("errors.field", hasItem("journal"));
        Api.logDose(As.acme(), session, 200, -2).statusCode(400).body("errors.field", hasItem("unitsUsed"));
        Api.complete(As.acme(), session, Api.log()).statusCode(200);
    }

    @Test
    void aPageSizeAboveTheLimitIsRefused() {
        UUID patient = new Journey(clock).readyPatient();
        given().auth().oauth2(As.acme()).queryParam("size", 1000).get("/api/v1/patients/{id}/sessions", patient)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
