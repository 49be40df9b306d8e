package org.stillwater.intake.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.intake.Api;
import org.stillwater.intake.patient.DemoPatients;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

@QuarkusTest
class IntakeApiTest {

    @Test
    void aSubmittedIntakeAnswersWithItsScreeningAndAnnouncesItself() {
        UUID patient = Api.registerPatient("CA");
        Map<String, Object> intake = Api.intake();
        intake.put("conditions", List.of("HYPERTHYROIDISM"));
        String intakeId = Api.submitIntake(As.acme(), patient, intake).statusCode(201)
                .body("status", equalTo("PENDING_EVALUATION"))
                .body("screening.phq9.total", equalTo(14))
                .body("screening.phq9.severity", equalTo("MODERATE"))
                .body("screening.gad7.total", equalTo(9))
                .body("screening.gad7.severity", equalTo("MILD"))
                .body("screening.flags[0].code", equalTo("HYPERTHYROIDISM"))
                .body("screening.flags[0].kind", equalTo("RELATIVE"))
                .body("screening.urgent", equalTo(false))
                .body("screening.crisisResources", nullValue())
                .extract().path("intakeId");

        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            IntakeSubmitted submitted = events.await(EventType.INTAKE_SUBMITTED).data(IntakeSubmitted.class);
            assertEquals(UUID.fromString(intakeId), submitted.intakeId());
            assertEquals("acme", submitted.partnerId());
            assertEquals(14, submitted.phq9Total());
            assertEquals(List.of("HYPERTHYROIDISM"), submitted.flagCodes());
        }
    }

    @Test
    void selfHarmThoughtsMakeTheIntakeUrgentWithCrisisResources() {
        UUID patient = Api.registerPatient("CA");
        Map<String, Object> intake = Api.intake();
        intake.put("phq9", List.of(2, 2, 2, 2, 2, 2, 1, 1, 1));
        Api.submitIntake(As.acme(), patient, intake).statusCode(201)
                .body("screening.urgent", equalTo(true))
                .body("screening.flags.code", hasItem("SELF_HARM_THOUGHTS"))
                .body("screening.crisisResources.lifeline", containsString("988"));
    }

    @Test
    void anUnder18IntakeIsRejectedAutomatically() {
        UUID patient = Api.registerPatient(As.acme(), Api.patient("CA", LocalDate.now().minusYears(17)));
        Api.submitIntake(As.acme(), patient, Api.intake()).statusCode(201)
                .body("status", equalTo("AUTOMATICALLY_REJECTED"))
                .body("screening.automaticallyRejected", equalTo(true));

        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            EvaluationRejected rejected = events.await(EventType.EVALUATION_REJECTED).data(EvaluationRejected.class);
            assertTrue(rejected.automatic());
            assertEquals(List.of("UNDER_18"), rejected.reasonCodes());
            assertTrue(events.await(EventType.INTAKE_SUBMITTED).data(IntakeSubmitted.class).automaticallyRejected());
        }
    }

    @Test
    void eightPhq9AnswersAreRefusedNamingTheField() {
        Map<String, Object> intake = Api.intake();
        intake.put("phq9", List.of(1, 1, 1, 1, 1, 1, 1, 1));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400).body("errors.field", hasItem("phq9"));
    }

    @Test
    void tenPhq9AnswersAreRefusedNamingTheField() {
        Map<String, Object> intake = Api.intake();
        intake.put("phq9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400).body("errors.field", hasItem("phq9"));
    }

    @Test
    void anAnswerAboveThreeIsRefusedNamingTheItem() {
        Map<String, Object> intake = Api.intake();
        intake.put("gad7", List.of(1, 1, 1, 1, 1, 1, 4));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400).body("errors.field", hasItem("gad7[6]"));
    }

    @Test
    void anUnknownConditionCodeIsRefusedNamingTheField() {
        Map<String, Object> intake = Api.intake();
        intake.put("conditions", List.of("GOOD_VIBES"));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400).body("errors.field", hasItem("conditions[0]"));
    }

    @Test
    void aDecimalAnswerIsRefusedNamingTheItemInsteadOfBeingRounded() {
        Map<String, Object> intake = Api.intake();
        intake.put("phq9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0.9));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400)
                .body("errors[0].field", equalTo("phq9[8]")).body("errors[0].code", equalTo("invalid-value"));
    }

    @Test
    void anAnswerSentAsTextIsRefusedNamingTheItem() {
        Map<String, Object> intake = Api.intake();
        intake.put("gad7", List.of(1, 1, 1, 1, 1, 1, "2"));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400).body("errors[0].field", equalTo("gad7[6]"));
    }

    @Test
    void aDecimalBloodPressureIsRefusedInsteadOfBeingTruncated() {
        Map<String, Object> intake = Api.intake();
        intake.put("bloodPressure", Map.of("systolic", 139.9, "diastolic", 89));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400)
                .body("errors.field", equalTo(List.of("bloodPressure.systolic")));
    }

    @Test
    void aDecimalDiastolicIsRefusedInsteadOfBeingTruncated() {
        Map<String, Object> intake = Api.intake();
        intake.put("bloodPressure", Map.of("systolic", 139, "diastolic", 89.9));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400)
                .body("errors.field", equalTo(List.of("bloodPressure.diastolic")));
    }

    @Test
    void aBloodPressureWithTheDiastolicAboveTheSystolicIsImplausible() {
        Map<String, Object> intake = Api.intake();
        intake.put("bloodPressure", Map.of("systolic", 90, "diastolic", 95));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400)
                .body("errors.field", equalTo(List.of("bloodPressure"))).body("errors[0].code", equalTo("implausible-reading"));
    }

    @Test
    void aBloodPressureOutsideWhatACuffReadsIsRefusedNamingEachValue() {
        Map<String, Object> intake = Api.intake();
        intake.put("bloodPressure", Map.of("systolic", 30, "diastolic", 250));
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400)
                .body("errors.field", equalTo(List.of("bloodPressure.diastolic", "bloodPressure.systolic")))
                .body("errors.code", equalTo(List.of("out-of-range", "out-of-range")));
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        Map<String, Object> intake = Api.intake();
        intake.put("pregnantOrNurssing", false);
        Api.submitIntake(As.acme(), Api.registerPatient("CA"), intake).statusCode(400)
                .body("errors[0].field", equalTo("pregnantOrNurssing")).body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void aMissingFieldIsRefusedAndNothingIsWritten() {
        UUID patient = Api.registerPatient("CA");
        Map<String, Object> intake = Api.intake();
        intake.remove("pregnantOrNursing");
        Api.submitIntake(As.acme(), patient, intake).statusCode(400).body("errors.field", hasItem("pregnantOrNursing"));
        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            assertTrue(events.events().isEmpty());
        }
    }

    @Test
    void aPatientSubmitsTheirOwnIntake() {
        Api.submitIntake(As.alex(), DemoPatients.ALEX, Api.intake()).statusCode(201);
    }

    @Test
    void aPatientCannotSubmitForSomeoneElse() {
        Api.submitIntake(As.alex(), DemoPatients.BLAIR, Api.intake()).statusCode(404);
    }

    @Test
    void aClinicianCannotSubmitIntakes() {
        Api.submitIntake(As.drCalifornia(), Api.registerPatient("CA"), Api.intake()).statusCode(403);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheFirstAnswerAndChangesNothing() {
        UUID patient = Api.registerPatient("CA");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Api.intake())
                .post("/api/v1/patients/{id}/intakes", patient).then().statusCode(201).extract().path("intakeId");
        String second = given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Api.intake())
                .post("/api/v1/patients/{id}/intakes", patient).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("intakeId");
        assertEquals(first, second);
        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            events.await(EventType.INTAKE_SUBMITTED);
            assertEquals(1, events.events().stream().filter(e -> e.type() == EventType.INTAKE_SUBMITTED).count());
        }
    }

    @Test
    void anIntakeIsReadableByItsPartnerAndNotByAnother() {
        UUID patient = Api.registerPatient("CA");
        UUID intake = Api.submitIntake(patient, Api.intake());
        given().auth().oauth2(As.acme()).get("/api/v1/intakes/{id}", intake).then().statusCode(200).body("screening", notNullValue());
        given().auth().oauth2(As.globex()).get("/api/v1/intakes/{id}", intake).then().statusCode(404);
    }
}
