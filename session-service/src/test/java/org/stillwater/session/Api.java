package org.stillwater.session;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.testing.As;

/** The calls patients, partners and clinicians make, with real tokens from the realm. */
public final class Api {

    private Api() {
    }

    /** A pre-session check that passes: 122/78, an adult sitter, a safe setting, no driving, no alcohol or benzodiazepines. */
    public static Map<String, Object> check() {
        Map<String, Object> check = new HashMap<>();
        check.put("bloodPressure", bloodPressure(122, 78));
        check.put("sitterPresent", true);
        check.put("sitterAdult", true);
        check.put("safeSetting", true);
        check.put("noDrivingAcknowledged", true);
        check.put("recentAlcohol", false);
        check.put("recentBenzodiazepines", false);
        return check;
    }

    public static Map<String, Object> check(int systolic, int diastolic) {
        Map<String, Object> check = check();
        check.put("bloodPressure", bloodPressure(systolic, diastolic));
        return check;
    }

    public static Map<String, Object> bloodPressure(int systolic, int diastolic) {
        return new HashMap<>(Map.of("systolic", systolic, "diastolic", diastolic));
    }

    public static ValidatableResponse start(String token, UUID patientId, Map<String, Object> check) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(check)
                .post("/api/v1/patients/{patientId}/sessions", patientId)
                .then();
    }

    /** Starts a session as the patient's partner (acme) and returns its id. */
    public static UUID start(UUID patientId) {
        return UUID.fromString(start(As.acme(), patientId, check()).statusCode(201).extract().path("sessionId"));
    }

    /** A session log at the fixture's prescribed dose (200 mg, 2 units) with a journal entry. */
    public static Map<String, Object> log() {
        Map<String, Object> log = new HashMap<>();
        log.put("doseMg", 200);
        log.put("unitsUsed", 2);
        log.put("onsetMinutes", 15);
        log.put("durationMinutes", 75);
        log.put("intensity", 6);
        log.put("sideEffects", List.of("NAUSEA", "DISSOCIATION"));
        log.put("bloodPressureAfter", bloodPressure(128, 82));
        log.put("moodBefore", 3);
        log.put("moodAfter", 6);
        log.put("journal", "Felt calm after twenty minutes; the music helped.");
        return log;
    }

    public static ValidatableResponse complete(String token, UUID sessionId, Map<String, Object> log) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(log)
                .post("/api/v1/sessions/{sessionId}/completion", sessionId)
                .then();
    }

    public static ValidatableResponse logDose(String token, UUID sessionId, int doseMg, int unitsUsed) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("doseMg", doseMg, "unitsUsed", unitsUsed))
                .post("/api/v1/sessions/{sessionId}/dose", sessionId)
                .then();
    }

    public static ValidatableResponse dosingStatus(String token, UUID patientId) {
        return given().auth().oauth2(token).get("/api/v1/patients/{patientId}/dosing-status", patientId).then();
    }

    public static ValidatableResponse history(String token, UUID patientId) {
        return given().auth().oauth2(token).get("/api/v1/patients/{patientId}/sessions", patientId).then();
    }

    public static ValidatableResponse reportAdverseEvent(String token, UUID patientId, String severity, String category) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("severity", severity, "category", category, "description", "felt faint and could not stand up"))
                .post("/api/v1/patients/{patientId}/adverse-events", patientId)
                .then();
    }
}
