package org.stillwater.intake.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.intake.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

@QuarkusTest
class EvaluationApiTest {

    @Test
    void aLicensedClinicianApprovesByVideoAndEvaluationApprovedCarriesWhatConsumersNeed() {
        UUID patient = Api.registerPatient("CA");
        UUID intake = Api.submitIntake(patient, Api.intake());

        Api.evaluate(As.drCalifornia(), intake, Api.approval()).statusCode(201)
                .body("decision", equalTo("APPROVE"))
                .body("clinicianId", equalTo("dr.california"))
                .body("protocol.maxDoseMgPerSession", equalTo(300))
                .body("protocol.minHoursBetweenSessions", equalTo(72));

        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            EvaluationApproved approved = events.await(EventType.EVALUATION_APPROVED).data(EvaluationApproved.class);
            assertEquals(intake, approved.intakeId());
            assertEquals("acme", approved.partnerId());
            assertEquals("CA", approved.patientState());
            assertEquals("dr.california", approved.clinicianId());
            assertEquals("VIDEO", approved.modality());
            assertEquals(14, approved.baselinePhq9());
            assertEquals(9, approved.baselineGad7());
            assertEquals(140, approved.protocol().bpLimitSystolic());
            assertTrue(approved.protocol().sitterRequired());
            assertEquals("Jordan Test", approved.shippingAddress().recipientName());
        }
        given().auth().oauth2(As.acme()).get("/api/v1/intakes/{id}", intake).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void theClinicianMaySetTheProtocol() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        approval.put("protocol", Map.of("maxDoseMgPerSession", 200, "minHoursBetweenSessions", 96, "sitterRequired", false));
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(201)
                .body("protocol.maxDoseMgPerSession", equalTo(200))
                .body("protocol.minHoursBetweenSessions", equalTo(96))
                .body("protocol.sitterRequired", equalTo(false))
                .body("protocol.bpLimitDiastolic", equalTo(90));
    }

    @Test
    void aProtocolBloodPressureLimitAtTheContraindicationIsRefused() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        approval.put("protocol", Map.of("bpLimitSystolic", 160));
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(400).body("errors.field", hasItem("protocol.bpLimitSystolic"));
    }

    @Test
    void audioOnlyIsRefused() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Map<String, Object> approval = Api.approval();
        approval.put("modality", "AUDIO_ONLY");
        Api.evaluate(As.drCalifornia(), intake, approval).statusCode(422).body("errors.code", hasItem("audio-only-refused"));
    }

    @Test
    void anAbsoluteContraindicationRefusesApproval() {
        Map<String, Object> answers = Api.intake();
        answers.put("ketamineAllergy", true);
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), answers);
        Api.evaluate(As.drCalifornia(), intake, Api.approval()).statusCode(422)
                .body("errors.code", hasItem("absolute-contraindication"));
    }

    @Test
    void anUnacknowledgedRelativeFlagRefusesApprovalAndAcknowledgingItApproves() {
        Map<String, Object> answers = Api.intake();
        answers.put("currentMedications", List.of(Map.of("medicationClass", "BENZODIAZEPINE", "name", "lorazepam")));
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), answers);
        Api.evaluate(As.drCalifornia(), intake, Api.approval()).statusCode(422)
                .body("errors.code", hasItem("relative-contraindication-not-acknowledged"));
        Api.evaluate(As.drCalifornia(), intake, Api.approval("CURRENT_BENZODIAZEPINE")).statusCode(201);
    }

    @Test
    void anIntakeAlreadyDecidedIsAConflict() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Api.evaluate(As.drCalifornia(), intake, Api.approval()).statusCode(201);
        Api.evaluate(As.drCalifornia(), intake, Api.approval()).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/intake-already-decided"));
    }

    @Test
    void aClinicianNotLicensedInThePatientsStateDoesNotSeeTheIntake() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Api.evaluate(As.drTexas(), intake, Api.approval()).statusCode(404);
    }

    @Test
    void aPartnerCannotEvaluate() {
        UUID intake = Api.submitIntake(Api.registerPatient("CA"), Api.intake());
        Api.evaluate(As.acme(), intake, Api.approval()).statusCode(403);
    }

    @Test
    void aRejectionAnnouncesItsReasons() {
        UUID patient = Api.registerPatient("CA");
        UUID intake = Api.submitIntake(patient, Api.intake());
        Api.evaluate(As.drCalifornia(), intake, Map.of("decision", "REJECT", "modality", "VIDEO",
                "rejectionReasons", List.of("NEEDS_HIGHER_LEVEL_OF_CARE"))).statusCode(201);
        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            EvaluationRejected rejected = events.await(EventType.EVALUATION_REJECTED).data(EvaluationRejected.class);
            assertEquals(List.of("NEEDS_HIGHER_LEVEL_OF_CARE"), rejected.reasonCodes());
            assertEquals("dr.california", rejected.clinicianId());
        }
    }

    @Test
    void theQueueShowsUrgentIntakesFirstThenTheOldest() {
        UUID older = Api.submitIntake(Api.registerPatient("NY"), Api.intake());
        UUID newer = Api.submitIntake(Api.registerPatient("NY"), Api.intake());
        Map<String, Object> urgentAnswers = Api.intake();
        urgentAnswers.put("phq9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 2));
        UUID urgent = Api.submitIntake(Api.registerPatient("NY"), urgentAnswers);

        List<String> queue = given().auth().oauth2(As.drCalifornia()).queryParam("size", 100)
                .get("/api/v1/evaluations/queue").then().statusCode(200).extract().path("items.intakeId");
        List<String> ours = queue.stream().filter(id -> List.of(older.toString(), newer.toString(), urgent.toString()).contains(id)).toList();
        assertEquals(List.of(urgent.toString(), older.toString(), newer.toString()), ours);
    }

    @Test
    void theQueueHoldsOnlyTheClinicansStates() {
        UUID texan = Api.submitIntake(Api.registerPatient("TX"), Api.intake());
        List<String> californiaQueue = given().auth().oauth2(As.drCalifornia()).queryParam("size", 100)
                .get("/api/v1/evaluations/queue").then().statusCode(200).extract().path("items.intakeId");
        List<String> texasQueue = given().auth().oauth2(As.drTexas()).queryParam("size", 100)
                .get("/api/v1/evaluations/queue").then().statusCode(200).extract().path("items.intakeId");
        assertTrue(texasQueue.contains(texan.toString()));
        assertTrue(!californiaQueue.contains(texan.toString()));
    }

    @Test
    void aPageSizeAboveTheLimitIsRefused() {
        given().auth().oauth2(As.drCalifornia()).queryParam("size", 1000).get("/api/v1/evaluations/queue")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
