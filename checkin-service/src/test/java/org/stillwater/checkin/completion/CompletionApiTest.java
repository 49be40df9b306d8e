package org.stillwater.checkin.completion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.checkin.Events;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

@QuarkusTest
class CompletionApiTest {

    @Inject
    Clock clock;

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private UUID onboardingOfNewPatient(UUID[] patientOut) {
        UUID patient = Api.approvedPatient("CA", now().minus(Duration.ofHours(1)));
        patientOut[0] = patient;
        return Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
    }

    @Test
    void completingTheOnboardingAnnouncesItAndSchedulesTheFirstWeeklyCheckIn() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);

        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201)
                .header("Location", containsString("/api/v1/checkins/" + onboarding))
                .body("checkIn.status", equalTo("COMPLETED"))
                .body("checkIn.completion.outcome", equalTo("CONTINUE"))
                .body("checkIn.completion.phq9Total", equalTo(7))
                .body("checkIn.completion.phq9Severity", equalTo("MILD"))
                .body("checkIn.completion.gad7Total", equalTo(5))
                .body("checkIn.completion.notes", equalTo("video check-in, patient well prepared"))
                .body("treatmentStatus", equalTo("ACTIVE"))
                .body("scheduled.kind", equalTo(List.of("WEEKLY")))
                .body("scheduled[0].trigger", equalTo("ONBOARDING_COMPLETED"))
                .body("crisisResources", nullValue());

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient[0])) {
            CheckInCompleted completed = events.await(EventType.CHECK_IN_COMPLETED).data(CheckInCompleted.class);
            assertEquals(onboarding, completed.checkInId());
            assertEquals("ONBOARDING", completed.kind());
            assertEquals("CONTINUE", completed.outcome());
            assertEquals("dr.california", completed.clinicianId());
            assertEquals(7, completed.phq9Total());
            assertEquals(5, completed.gad7Total());
            assertEquals(true, completed.response());
            assertEquals(false, completed.remission());
            assertNull(completed.liftsAdverseEventHold());
            CheckInScheduled weekly = events.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).kind().equals("WEEKLY")).data(CheckInScheduled.class);
            assertEquals(PatientCalendar.of("CA").lastDay(completed.completedAt(), Period.ofDays(7)).endsAt(), weekly.dueAt(),
                    "due by the end of the seventh day after the completion, in the patient's state");
        }
    }

    @Test
    void completingACheckInTwiceIsAConflict() {
        UUID onboarding = onboardingOfNewPatient(new UUID[1]);
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201);
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stillwater.example/problems/check-in-already-completed"))
                .body("errors[0].field", equalTo("checkInId"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndCompletesOnce() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(As.drCalifornia()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Api.completion("CONTINUE")).post("/api/v1/checkins/{id}/completion", onboarding)
                    .then().statusCode(201).body("checkIn.checkInId", equalTo(onboarding.toString()));
        }
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(409);
        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient[0])) {
            events.await(EventType.CHECK_IN_SCHEDULED, event -> event.data(CheckInScheduled.class).kind().equals("WEEKLY"));
            assertEquals(1, events.events().stream().filter(event -> event.type() == EventType.CHECK_IN_COMPLETED).count());
        }
    }

    @Test
    void anAdjustmentWithinTheProtocolEmitsDosageAdjusted() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);
        Api.complete(As.drCalifornia(), onboarding, Api.adjustment(200, 96)).statusCode(201)
                .body("checkIn.completion.doseMgPerSession", equalTo(200))
                .body("checkIn.completion.minHoursBetweenSessions", equalTo(96));

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient[0])) {
            DosageAdjusted adjusted = events.await(EventType.DOSAGE_ADJUSTED).data(DosageAdjusted.class);
            assertEquals(onboarding, adjusted.checkInId());
            assertEquals(200, adjusted.doseMgPerSession());
            assertEquals(96, adjusted.minHoursBetweenSessions());
            assertEquals("dr.california", adjusted.clinicianId());
            assertEquals("ADJUST", events.await(EventType.CHECK_IN_COMPLETED).data(CheckInCompleted.class).outcome());
        }
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", patient[0]).then()
                .body("treatment.doseMgPerSession", equalTo(200))
                .body("treatment.minHoursBetweenSessions", equalTo(96));
    }

    @Test
    void anAdjustmentAboveTheProtocolMaximumIsRefusedNamingTheLimitAndChangesNothing() {
        UUID onboarding = onboardingOfNewPatient(new UUID[1]);
        Api.complete(As.drCalifornia(), onboarding, Api.adjustment(Events.MAX_DOSE + 50, null)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stillwater.example/problems/check-in-completion-refused"))
                .body("errors[0].field", equalTo("adjustment.doseMgPerSession"))
                .body("errors[0].code", equalTo("above-protocol-maximum"))
                .body("errors[0].message", containsString("maximum of 300 mg (maxDoseMgPerSession)"));
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/checkins/{id}", onboarding).then()
                .statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void anAdjustedDoseMustBeAWholeNumberOfTheCurrentPrescriptionsLozenges() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);
        TestEvents.publish(Events.prescription(patient[0], UUID.randomUUID(), 100, 2, now().minus(Duration.ofMinutes(30))));
        Eventually.assertThat(() -> given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", patient[0])
                .then().body("treatment.strengthMg", equalTo(100)));

        Api.complete(As.drCalifornia(), onboarding, Api.adjustment(150, null)).statusCode(422)
                .body("errors.code", equalTo(List.of("not-whole-lozenges")));
        Api.complete(As.drCalifornia(), onboarding, Api.adjustment(300, null)).statusCode(201);
    }

    @Test
    void anAdjustmentBelowTheProtocolsMinimumIntervalOrWithoutValuesIsRefused() {
        UUID onboarding = onboardingOfNewPatient(new UUID[1]);
        Api.complete(As.drCalifornia(), onboarding, Api.adjustment(null, 48)).statusCode(422)
                .body("errors[0].code", equalTo("below-protocol-minimum"));
        Api.complete(As.drCalifornia(), onboarding, Api.adjustment(null, null)).statusCode(422)
                .body("errors[0].code", equalTo("adjustment-required"));
    }

    @Test
    void completingTheUrgentCheckInOfAnAdverseEventLiftsItsHoldInTheEvents() {
        UUID patient = Api.approvedPatient("CA", now().minus(Duration.ofDays(12)));
        UUID adverseEvent = UUID.randomUUID();
        TestEvents.publish(Events.adverseEvent(patient, adverseEvent, "SEVERE", now().minus(Duration.ofHours(2))));
        UUID urgent = Api.awaitCheckIn("CA", patient, "URGENT", "ADVERSE_EVENT");

        Api.complete(As.drCalifornia(), urgent, Api.completion("RESUME")).statusCode(201)
                .body("checkIn.completion.liftsAdverseEventHold", equalTo(adverseEvent.toString()));

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            assertEquals(adverseEvent, events.await(EventType.CHECK_IN_COMPLETED).data(CheckInCompleted.class).liftsAdverseEventHold());
            TreatmentResumed resumed = events.await(EventType.TREATMENT_RESUMED).data(TreatmentResumed.class);
            assertEquals(urgent, resumed.checkInId());
            assertEquals(adverseEvent, resumed.liftsAdverseEventHold());
        }
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", patient).then()
                .body("treatment.adverseEventHolds", equalTo(List.of()))
                .body("weeks.entries.flatten().type", hasItem("HOLD_LIFTED"));
    }

    @Test
    void pausingCancelsTheWeeklyCadenceAndResumingRestartsIt() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201);
        UUID weekly = Api.awaitCheckIn("CA", patient[0], "WEEKLY", "ONBOARDING_COMPLETED");
        TestEvents.publish(Events.shipmentFailed(patient[0], UUID.randomUUID(), now()));
        UUID urgent = Api.awaitCheckIn("CA", patient[0], "URGENT", "SHIPMENT_FAILED");

        Api.complete(As.drCalifornia(), urgent, Api.completion("PAUSE")).statusCode(201)
                .body("treatmentStatus", equalTo("PAUSED"))
                .body("cancelled.checkInId", equalTo(List.of(weekly.toString())));
        Api.complete(As.drCalifornia(), weekly, Api.completion("CONTINUE")).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/check-in-cancelled"));
        TestEvents.publish(Events.sessionBlocked(patient[0], UUID.randomUUID(), true, now()));
        UUID crisis = Api.awaitCheckIn("CA", patient[0], "URGENT", "BLOOD_PRESSURE_CRISIS");
        Api.complete(As.drCalifornia(), crisis, Api.completion("PAUSE")).statusCode(422)
                .body("errors[0].code", equalTo("already-paused"));
        Api.complete(As.drCalifornia(), crisis, Api.completion("RESUME")).statusCode(201)
                .body("treatmentStatus", equalTo("ACTIVE"))
                .body("scheduled.trigger", equalTo(List.of("TREATMENT_RESUMED")));

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient[0])) {
            assertEquals(urgent, events.await(EventType.TREATMENT_PAUSED).data(TreatmentPaused.class).checkInId());
            TreatmentResumed resumed = events.await(EventType.TREATMENT_RESUMED).data(TreatmentResumed.class);
            assertEquals(crisis, resumed.checkInId());
            assertNull(resumed.liftsAdverseEventHold());
        }
    }

    @Test
    void discontinuingEndsTreatmentForGoodAndCancelsTheRoutineCheckIns() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);
        Api.complete(As.drCalifornia(), onboarding, Api.completion("DISCONTINUE")).statusCode(201)
                .body("treatmentStatus", equalTo("DISCONTINUED"))
                .body("cancelled.kind", equalTo(List.of("FOLLOW_UP")))
                .body("scheduled", nullValue());
        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient[0])) {
            assertEquals(onboarding, events.await(EventType.TREATMENT_DISCONTINUED).data(TreatmentDiscontinued.class).checkInId());
        }
        TestEvents.publish(Events.shipmentFailed(patient[0], UUID.randomUUID(), now()));
        UUID urgent = Api.awaitCheckIn("CA", patient[0], "URGENT", "SHIPMENT_FAILED");
        Api.complete(As.drCalifornia(), urgent, Api.completion("RESUME")).statusCode(422)
                .body("errors[0].code", equalTo("treatment-discontinued"));
        Api.complete(As.drCalifornia(), urgent, Api.completion("CONTINUE")).statusCode(201);
    }

    @Test
    void selfHarmThoughtsAtACheckInScheduleAnUrgentOneAndAnswerWithCrisisResources() {
        UUID[] patient = new UUID[1];
        UUID onboarding = onboardingOfNewPatient(patient);
        Map<String, Object> completion = Api.completion("CONTINUE");
        completion.put("phq9", new ArrayList<>(Api.PHQ9_SELF_HARM));

        Api.complete(As.drCalifornia(), onboarding, completion).statusCode(201)
                .body("scheduled.trigger", hasItems("SELF_HARM_THOUGHTS", "ONBOARDING_COMPLETED"))
                .body("crisisResources.lifeline", containsString("988"));

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient[0])) {
            CheckInScheduled urgent = events.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).trigger().equals("SELF_HARM_THOUGHTS")).data(CheckInScheduled.class);
            assertEquals("URGENT", urgent.kind());
            CheckInCompleted completed = events.await(EventType.CHECK_IN_COMPLETED).data(CheckInCompleted.class);
            assertEquals(completed.completedAt().plus(Duration.ofHours(24)), urgent.dueAt());
        }
    }

    @Test
    void theFollowUpComputesResponseAndRemissionAgainstTheBaselineAndRecordsItsRationale() {
        UUID patient = Api.approvedPatient("NY", now().minus(Duration.ofDays(26)));
        UUID followUp = Api.awaitCheckIn("NY", patient, "FOLLOW_UP", "EVALUATION_APPROVED");
        Map<String, Object> completion = Api.completion("CONTINUE");
        Api.complete(As.drCalifornia(), followUp, completion).statusCode(422)
                .body("errors.field", equalTo(List.of("rationale")));
        completion.put("rationale", "PHQ-9 halved since intake; continue the current dose");

        Api.complete(As.drCalifornia(), followUp, completion).statusCode(201)
                .body("checkIn.completion.baselinePhq9", equalTo(Events.BASELINE_PHQ9))
                .body("checkIn.completion.phq9ChangePercent", equalTo(-50))
                .body("checkIn.completion.response", equalTo(true))
                .body("checkIn.completion.remission", equalTo(false))
                .body("checkIn.completion.rationale", equalTo("PHQ-9 halved since intake; continue the current dose"));

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            CheckInCompleted completed = events.await(EventType.CHECK_IN_COMPLETED).data(CheckInCompleted.class);
            assertEquals("FOLLOW_UP", completed.kind());
            assertEquals(7, completed.phq9Total());
            assertEquals(5, completed.gad7Total());
            assertTrue(completed.response());
            assertFalse(completed.remission());
        }
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/journey", patient).then()
                .body("trend.baselinePhq9", equalTo(Events.BASELINE_PHQ9))
                .body("trend.measurements[0].phq9Total", equalTo(7))
                .body("trend.response", equalTo(true))
                .body("trend.remission", equalTo(false));
    }

    @Test
    void theFollowUpNeedsBothScalesAndIsNotHeldBeforeItsWindow() {
        UUID patient = Api.approvedPatient("CA", now().minus(Duration.ofDays(2)));
        UUID followUp = Api.awaitCheckIn("CA", patient, "FOLLOW_UP", "EVALUATION_APPROVED");
        Api.complete(As.drCalifornia(), followUp, Map.of("outcome", "CONTINUE")).statusCode(422)
                .body("errors.code", equalTo(List.of("follow-up-window-not-open", "required-at-follow-up",
                        "required-at-follow-up", "required-at-follow-up")))
                .body("errors.field", equalTo(List.of("checkInId", "phq9", "gad7", "rationale")));
    }

    @Test
    void aClinicianOutsideThePatientsStatesGets404AndOtherRolesGet403() {
        UUID onboarding = onboardingOfNewPatient(new UUID[1]);
        Api.complete(As.drTexas(), onboarding, Api.completion("CONTINUE")).statusCode(404);
        Api.complete(As.acme(), onboarding, Api.completion("CONTINUE")).statusCode(403);
        Api.complete(As.alex(), onboarding, Api.completion("CONTINUE")).statusCode(403);
        Api.complete(As.pharmSunrise(), onboarding, Api.completion("CONTINUE")).statusCode(403);
        given().contentType(ContentType.JSON).body(Api.completion("CONTINUE"))
                .post("/api/v1/checkins/{id}/completion", onboarding).then().statusCode(401);
        Api.complete(As.drCalifornia(), UUID.randomUUID(), Api.completion("CONTINUE")).statusCode(404);
    }

    @Test
    void malformedCompletionsAreRefusedNamingTheField() {
        UUID onboarding = onboardingOfNewPatient(new UUID[1]);
        Map<String, Object> shortPhq9 = Api.completion("CONTINUE");
        shortPhq9.put("phq9", List.of(1, 1, 1));
        Api.complete(As.drCalifornia(), onboarding, shortPhq9).statusCode(400).body("errors.field", hasItem("phq9"));
        Map<String, Object> outOfRange = Api.completion("CONTINUE");
        outOfRange.put("gad7", List.of(1, 1, 1, 1, 1, 1, 4));
        Api.complete(As.drCalifornia(), onboarding, outOfRange).statusCode(400).body("errors.field", hasItem("gad7[6]"));
        Api.complete(As.drCalifornia(), onboarding, Map.of("phq9", Api.PHQ9_OF_7)).statusCode(400)
                .body("errors.field", hasItem("outcome"));
        Api.complete(As.drCalifornia(), onboarding, Map.of("outcome", "MAYBE")).statusCode(400)
                .body("errors.field", hasItem("outcome"));
        Map<String, Object> hugeDose = Api.adjustment(5000, null);
        Api.complete(As.drCalifornia(), onboarding, hugeDose).statusCode(400)
                .body("errors.field", hasItem("adjustment.doseMgPerSession"));
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body(Api.completion("CONTINUE"))
                .post("/api/v1/checkins/{id}/completion", "not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("checkInId"));
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body("{not json")
                .post("/api/v1/checkins/{id}/completion", onboarding).then().statusCode(400)
                .body("errors", notNullValue());
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/checkins/{id}", onboarding).then().body("status", equalTo("SCHEDULED"));
    }
}
