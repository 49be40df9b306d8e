package org.stillwater.session.homesession;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.session.Api;
import org.stillwater.session.Journey;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

/** The "done when": start, complete and journal a session; the gate blocks with every reason and when. */
@QuarkusTest
class SessionFlowTest {

    @Inject
    ServiceClock clock;

    @Test
    void aReadyPatientStartsCompletesAndJournalsASession() {
        Journey journey = new Journey(clock);
        UUID patient = journey.approvedPatient();
        UUID prescription = journey.makeReady(patient);

        JsonPath started = Api.start(As.acme(), patient, Api.check()).statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("IN_PROGRESS"))
                .body("sessionNumber", equalTo(1))
                .body("allowedDoseMg", equalTo(200))
                .body("completeBy", notNullValue())
                .extract().jsonPath();
        UUID session = UUID.fromString(started.getString("sessionId"));

        Api.complete(As.acme(), session, Api.log()).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("doseMg", equalTo(200))
                .body("journal", equalTo("Felt calm after twenty minutes; the music helped."));

        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            SessionStarted start = events.await(EventType.SESSION_STARTED).data(SessionStarted.class);
            assertEquals(session, start.sessionId());
            assertEquals(prescription, start.prescriptionId());
            assertEquals(1, start.sessionNumber());
            assertEquals(new BloodPressure(122, 78), start.bloodPressureBefore());

            ValidatedEvent completedEvent = events.await(EventType.SESSION_COMPLETED);
            SessionCompleted completed = completedEvent.data(SessionCompleted.class);
            assertEquals("COMPLETED", completed.status());
            assertEquals(200, completed.doseMg());
            assertEquals(2, completed.unitsUsed());
            assertEquals(15, completed.onsetMinutes());
            assertEquals(75, completed.durationMinutes());
            assertEquals(6, completed.intensity());
            assertEquals(List.of("NAUSEA", "DISSOCIATION"), completed.sideEffects());
            assertEquals(new BloodPressure(128, 82), completed.bloodPressureAfter());
            assertEquals(3, completed.moodBefore());
            assertEquals(6, completed.moodAfter());
            assertFalse(completedEvent.envelope().toString().contains("music"), "the journal never leaves the service");
        }

        Api.history(As.acme(), patient).statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].sessionId", equalTo(session.toString()))
                .body("items[0].journal", equalTo("Felt calm after twenty minutes; the music helped."))
                .body("items[0].sideEffects", contains("NAUSEA", "DISSOCIATION"));
        Api.dosingStatus(As.acme(), patient).statusCode(200)
                .body("unitsOnHand", equalTo(6))
                .body("canStartNow", equalTo(false))
                .body("reasons.code", contains("TOO_SOON_SINCE_LAST_SESSION"));
    }

    @Test
    void aSecondStartTooSoonIsBlockedWithTheTimeItOpensAndOpensThen() {
        UUID patient = new Journey(clock).readyPatient();
        JsonPath first = Api.start(As.acme(), patient, Api.check()).statusCode(201).extract().jsonPath();
        Instant startedAt = Instant.parse(first.getString("startedAt"));
        Api.complete(As.acme(), UUID.fromString(first.getString("sessionId")), Api.log()).statusCode(200);

        Instant opensAt = startedAt.plus(Duration.ofHours(72));
        JsonPath blocked = Api.start(As.acme(), patient, Api.check()).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stillwater.example/problems/session-blocked"))
                .body("reasons.code", contains("TOO_SOON_SINCE_LAST_SESSION"))
                .body("errors[0].code", equalTo("TOO_SOON_SINCE_LAST_SESSION"))
                .body("errors[0].field", equalTo("minHoursBetweenSessions"))
                .extract().jsonPath();
        assertEquals(opensAt, Instant.parse(blocked.getString("retryAfter")));
        assertEquals(opensAt, Instant.parse(blocked.getString("reasons[0].retryAfter")));
        Api.dosingStatus(As.acme(), patient).body("nextSessionAllowedAt", equalTo(opensAt.toString()));

        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            SessionBlocked event = events.await(EventType.SESSION_BLOCKED).data(SessionBlocked.class);
            assertEquals(UUID.fromString(blocked.getString("attemptId")), event.attemptId());
            assertEquals(List.of("TOO_SOON_SINCE_LAST_SESSION"), event.reasonCodes());
            assertEquals(opensAt, event.retryAfter());
            assertFalse(event.urgentEscalation());
        }

        clock.advance(Duration.ofHours(72));
        Api.start(As.acme(), patient, Api.check()).statusCode(201).body("sessionNumber", equalTo(2));
    }

    @Test
    void highBloodPressureNoSitterRecentAlcoholAndMoreEachBlockWithTheirReasonsAllAtOnce() {
        UUID patient = new Journey(clock).readyPatient();
        Map<String, Object> check = Api.check(150, 95);
        check.put("sitterPresent", false);
        check.remove("sitterAdult");
        check.put("recentAlcohol", true);
        check.put("recentBenzodiazepines", true);
        check.put("noDrivingAcknowledged", false);
        check.put("safeSetting", false);
        Api.start(As.acme(), patient, check).statusCode(422)
                .body("reasons.code", contains("BLOOD_PRESSURE_ABOVE_LIMIT", "SITTER_ABSENT", "UNSAFE_SETTING",
                        "NO_DRIVING_NOT_ACKNOWLEDGED", "RECENT_ALCOHOL", "RECENT_BENZODIAZEPINES"))
                .body("errors.field", hasItems("bloodPressure", "sitterPresent", "recentAlcohol"))
                .body("urgentEscalation", equalTo(false));
    }

    @Test
    void eachPreSessionAnswerBlocksOnItsOwn() {
        UUID patient = new Journey(clock).readyPatient();
        Api.start(As.acme(), patient, Api.check(140, 90)).statusCode(422).body("reasons.code", contains("BLOOD_PRESSURE_ABOVE_LIMIT"));
        Map<String, Object> noSitter = Api.check();
        noSitter.put("sitterPresent", false);
        Api.start(As.acme(), patient, noSitter).statusCode(422).body("reasons.code", contains("SITTER_ABSENT"));
        Map<String, Object> youngSitter = Api.check();
        youngSitter.put("sitterAdult", false);
        Api.start(As.acme(), patient, youngSitter).statusCode(422).body("reasons.code", contains("SITTER_NOT_ADULT"));
        Map<String, Object> alcohol = Api.check();
        alcohol.put("recentAlcohol", true);
        Api.start(As.acme(), patient, alcohol).statusCode(422).body("reasons.code", contains("RECENT_ALCOHOL"))
                .body("retryAfter", notNullValue());
        Api.start(As.acme(), patient, Api.check(139, 89)).statusCode(201);
    }

    @Test
    void aCrisisReadingBlocksAndEscalatesUrgently() {
        UUID patient = new Journey(clock).readyPatient();
        Api.start(As.acme(), patient, Api.check(182, 100)).statusCode(422)
                .body("reasons.code", contains("BLOOD_PRESSURE_ABOVE_LIMIT", "BLOOD_PRESSURE_CRISIS"))
                .body("urgentEscalation", equalTo(true));
        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            SessionBlocked blocked = events.await(EventType.SESSION_BLOCKED).data(SessionBlocked.class);
            assertTrue(blocked.urgentEscalation());
            assertEquals(List.of("BLOOD_PRESSURE_ABOVE_LIMIT", "BLOOD_PRESSURE_CRISIS"), blocked.reasonCodes());
        }
    }

    @Test
    void blockedAttemptsAreRecordedAndListedWithTheSessionsNewestFirst() {
        UUID patient = new Journey(clock).readyPatient();
        Api.start(As.acme(), patient, Api.check(145, 85)).statusCode(422);
        UUID session = Api.start(patient);
        Api.history(As.drCalifornia(), patient).statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].sessionId", equalTo(session.toString()))
                .body("items[0].blocked", equalTo(false))
                .body("items[1].status", equalTo("BLOCKED"))
                .body("items[1].blocked", equalTo(true))
                .body("items[1].reasons.code", contains("BLOOD_PRESSURE_ABOVE_LIMIT"))
                .body("items[1].preSessionCheck.bloodPressure.systolic", equalTo(145))
                .body("items[1].sessionNumber", nullValue());
        Api.history(As.acme(), patient).body("items", hasSize(2));
        given().auth().oauth2(As.acme()).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/patients/{id}/sessions", patient).then().statusCode(200)
                .body("items[0].status", equalTo("BLOCKED")).body("total", equalTo(2));
    }

    @Test
    void aRetriedBlockedStartReplaysThe422AndRecordsNothingNew() {
        UUID patient = new Journey(clock).readyPatient();
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Api.check(150, 80)).post("/api/v1/patients/{id}/sessions", patient)
                .then().statusCode(422).extract().path("attemptId");
        String second = given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Api.check(150, 80)).post("/api/v1/patients/{id}/sessions", patient)
                .then().statusCode(422).header("Idempotent-Replayed", "true").extract().path("attemptId");
        assertEquals(first, second);
        Api.history(As.acme(), patient).body("total", equalTo(1));
        given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Api.check()).post("/api/v1/patients/{id}/sessions", patient)
                .then().statusCode(422).body("errors[0].code", equalTo("idempotency-key-reused"));
    }

    @Test
    void aRetriedCompletionReturnsTheFirstAnswerAndAnnouncesOnce() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Api.log())
                    .post("/api/v1/sessions/{id}/completion", session).then().statusCode(200).body("status", equalTo("COMPLETED"));
        }
        Api.complete(As.acme(), session, Api.log()).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/session-already-completed"));
        try (PatientEvents events = PatientEvents.on(Topics.SESSION_EVENTS, patient)) {
            events.await(EventType.SESSION_COMPLETED);
            assertEquals(1, events.events().stream().filter(event -> event.type() == EventType.SESSION_COMPLETED).count());
        }
    }

    @Test
    void aSecondStartWhileOneIsInProgressIsBlocked() {
        UUID patient = new Journey(clock).readyPatient();
        Api.start(patient);
        Api.start(As.acme(), patient, Api.check()).statusCode(422)
                .body("reasons.code", containsInAnyOrder("SESSION_IN_PROGRESS", "TOO_SOON_SINCE_LAST_SESSION"));
    }

    @Test
    void twoSimultaneousStartsOpenOneSessionAndTwoSimultaneousCompletionsCompleteItOnce() {
        UUID patient = new Journey(clock).readyPatient();
        List<Integer> starts = simultaneously(() -> Api.start(As.acme(), patient, Api.check()).extract().statusCode());
        assertEquals(List.of(201, 422), starts.stream().sorted().toList());
        UUID session = UUID.fromString(Api.history(As.acme(), patient).extract().path("items.find { it.status == 'IN_PROGRESS' }.sessionId"));

        List<Integer> completions = simultaneously(() -> Api.complete(As.acme(), session, Api.log()).extract().statusCode());
        assertEquals(List.of(200, 409), completions.stream().sorted().toList());
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(6));
    }

    private static List<Integer> simultaneously(Supplier<Integer> call) {
        CountDownLatch ready = new CountDownLatch(2);
        List<CompletableFuture<Integer>> calls = Stream.<Supplier<Integer>>of(call, call)
                .map(each -> CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        ready.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return each.get();
                }))
                .toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void theLoggedDoseMayNotExceedThePrescribedDoseNorTheUnitsOnHand() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Map<String, Object> tooMuch = Api.log();
        tooMuch.put("doseMg", 300);
        tooMuch.put("unitsUsed", 3);
        Api.complete(As.acme(), session, tooMuch).statusCode(422)
                .body("errors.code", contains("dose-above-prescribed"))
                .body("errors.field", contains("doseMg"));
        Map<String, Object> moreThanOnHand = Api.log();
        moreThanOnHand.put("doseMg", 100);
        moreThanOnHand.put("unitsUsed", 9);
        Api.complete(As.acme(), session, moreThanOnHand).statusCode(422)
                .body("errors.code", contains("dose-below-units-used", "units-above-on-hand"))
                .body("errors.field", contains("doseMg", "unitsUsed"));
        Api.complete(As.acme(), session, Api.log()).statusCode(200);
    }

    @Test
    void theUnitsRunOutAndThenTheGateBlocksUntilTheNextDelivery() {
        Journey journey = new Journey(clock);
        UUID patient = journey.approvedPatient();
        UUID prescription = journey.prescribe(patient);
        journey.deliver(patient, prescription, 2);
        journey.onboard(patient);
        Journey.awaitCanStart(patient);
        Api.complete(As.acme(), Api.start(patient), Api.log()).statusCode(200);
        clock.advance(Duration.ofHours(72));
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(0));
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("INSUFFICIENT_UNITS_ON_HAND"));

        journey.deliver(patient, prescription, 8);
        Journey.awaitCanStart(patient);
        Api.start(As.acme(), patient, Api.check()).statusCode(201).body("sessionNumber", equalTo(2));
    }

    @Test
    void moreThan12WeeksWithoutADoseNeedsAClinicianCheckInFirst() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        Api.complete(As.acme(), Api.start(patient), Api.log()).statusCode(200);
        // past the end of the patient's local day 84 after the last dose, whatever the time of day and a DST change between
        clock.advance(Duration.ofDays(85).plusHours(2));
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("CLINICIAN_CHECK_IN_REQUIRED"));

        TestEvents.publish(journey.checkIn(patient, "WEEKLY", null));
        Journey.awaitCanStart(patient);
        Api.start(As.acme(), patient, Api.check()).statusCode(201);
    }

    @Test
    void theFirstSessionWaitsForTheOnboardingCheckIn() {
        Journey journey = new Journey(clock);
        UUID patient = journey.approvedPatient();
        UUID prescription = journey.prescribe(patient);
        journey.deliver(patient, prescription, 8);
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient).statusCode(200).body("unitsOnHand", equalTo(8)));
        Api.start(As.acme(), patient, Api.check()).statusCode(422)
                .body("reasons.code", contains("ONBOARDING_CHECK_IN_NOT_COMPLETED"));
        journey.onboard(patient);
        Journey.awaitCanStart(patient);
        Api.start(As.acme(), patient, Api.check()).statusCode(201);
    }

    @Test
    void aNewlyApprovedPatientLearnsWhatIsMissing() {
        UUID patient = new Journey(clock).approvedPatient();
        Eventually.assertThat(() -> Api.dosingStatus(As.drCalifornia(), patient).statusCode(200)
                .body("canStartNow", equalTo(false))
                .body("reasons.code", contains("NO_ACTIVE_PRESCRIPTION", "MEDICATION_NOT_DELIVERED", "ONBOARDING_CHECK_IN_NOT_COMPLETED"))
                .body("treatment", equalTo("ACTIVE"))
                .body("unitsOnHand", equalTo(0))
                .body("preSessionCheck.bpLimitSystolic", equalTo(140))
                .body("preSessionCheck.crisisSystolic", equalTo(180))
                .body("preSessionCheck.sitterRequired", equalTo(true))
                .body("holds", empty()));
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", hasItem("NO_ACTIVE_PRESCRIPTION"));
    }
}
