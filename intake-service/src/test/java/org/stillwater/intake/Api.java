package org.stillwater.intake;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.testing.As;

/** The calls a partner and a clinician make, with real tokens from the realm. */
public final class Api {

    private Api() {
    }

    public static Map<String, Object> patient(String state, LocalDate dateOfBirth) {
        Map<String, Object> patient = new HashMap<>();
        patient.put("givenName", "Jordan");
        patient.put("familyName", "Test");
        patient.put("dateOfBirth", dateOfBirth.toString());
        patient.put("email", "jordan@example.org");
        patient.put("phone", "+1 555 0123");
        patient.put("stateOfResidence", state);
        patient.put("shippingAddress", Map.of("line1", "10 Elm St", "city", "Springfield", "state", state, "postalCode", "90210"));
        patient.put("emergencyContact", Map.of("name", "Casey Test", "phone", "+1 555 0124", "relationship", "partner"));
        return patient;
    }

    /** Registers an adult patient of acme and returns its id. */
    public static UUID registerPatient(String state) {
        return registerPatient(As.acme(), patient(state, LocalDate.of(1990, 1, 1)));
    }

    public static UUID registerPatient(String token, Map<String, Object> patient) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(patient)
                .post("/api/v1/patients")
                .then().statusCode(201).extract().path("patientId");
        return UUID.fromString(id);
    }

    /** An intake of someone with moderate depression and no contraindication. */
    public static Map<String, Object> intake() {
        Map<String, Object> intake = new HashMap<>();
        intake.put("phq9", new ArrayList<>(List.of(2, 2, 2, 2, 2, 2, 1, 1, 0)));
        intake.put("gad7", new ArrayList<>(List.of(2, 2, 1, 1, 1, 1, 1)));
        intake.put("bloodPressure", new HashMap<>(Map.of("systolic", 124, "diastolic", 80)));
        intake.put("conditions", new ArrayList<>(List.of("MAJOR_DEPRESSIVE_DISORDER")));
        intake.put("currentMedications", new ArrayList<>(List.of(Map.of("medicationClass", "SSRI", "name", "sertraline"))));
        intake.put("ketamineAllergy", false);
        intake.put("otherAllergies", new ArrayList<>());
        intake.put("pregnantOrNursing", false);
        intake.put("substanceUse", new HashMap<>(Map.of("activeSubstanceUseDisorder", false)));
        intake.put("sitter", Map.of("name", "Casey Test", "adult", true));
        return intake;
    }

    public static ValidatableResponse submitIntake(String token, UUID patientId, Map<String, Object> intake) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(intake)
                .post("/api/v1/patients/{patientId}/intakes", patientId)
                .then();
    }

    public static UUID submitIntake(UUID patientId, Map<String, Object> intake) {
        return UUID.fromString(submitIntake(As.acme(), patientId, intake).statusCode(201).extract().path("intakeId"));
    }

    public static Map<String, Object> approval(String... acknowledgedFlags) {
        Map<String, Object> evaluation = new HashMap<>();
        evaluation.put("decision", "APPROVE");
        evaluation.put("modality", "VIDEO");
        evaluation.put("acknowledgedFlags", List.of(acknowledgedFlags));
        evaluation.put("notes", "video evaluation, patient appropriate for at-home treatment");
        return evaluation;
    }

    public static ValidatableResponse evaluate(String token, UUID intakeId, Map<String, Object> evaluation) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(evaluation)
                .post("/api/v1/intakes/{intakeId}/evaluation", intakeId)
                .then();
    }
}
