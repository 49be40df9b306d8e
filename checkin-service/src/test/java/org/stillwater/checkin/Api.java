package org.stillwater.checkin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/** The calls clinicians, patients and partners make, with real tokens; and waiting for consumed events. */
public final class Api {

    public static final List<Integer> PHQ9_OF_7 = List.of(1, 1, 1, 1, 1, 1, 1, 0, 0);
    public static final List<Integer> PHQ9_SELF_HARM = List.of(1, 1, 1, 1, 1, 1, 1, 0, 1);
    public static final List<Integer> GAD7_OF_5 = List.of(1, 1, 1, 1, 1, 0, 0);

    private Api() {
    }

    /** Publishes an approval of a new patient (partner acme) and waits until this service knows them. */
    public static UUID approvedPatient(String state, Instant approvedAt) {
        UUID patient = UUID.randomUUID();
        approve(patient, state, approvedAt);
        return patient;
    }

    public static EvaluationApproved approve(UUID patient, String state, Instant approvedAt) {
        EvaluationApproved approval = Events.approval(patient, state, approvedAt);
        TestEvents.publish(approval);
        Eventually.assertThat(() -> given().auth().oauth2(As.clinicianLicensedIn(state)).get("/api/v1/patients/{id}/checkins", patient)
                .then().statusCode(200).body("items.trigger", hasItem("EVALUATION_APPROVED")));
        return approval;
    }

    public static JsonPath checkIns(String token, UUID patient) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/patients/{id}/checkins", patient)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits for the patient's check-in of {@code kind} caused by {@code trigger} and returns its id. */
    public static UUID awaitCheckIn(String state, UUID patient, String kind, String trigger) {
        String[] id = new String[1];
        Eventually.until(kind + " check-in after " + trigger, () -> {
            ValidatableResponse response = given().auth().oauth2(As.clinicianLicensedIn(state)).queryParam("size", 100)
                    .get("/api/v1/patients/{id}/checkins", patient).then();
            if (response.extract().statusCode() != 200) {
                return false;
            }
            List<Map<String, Object>> items = response.extract().jsonPath().getList("items");
            items.stream().filter(item -> kind.equals(item.get("kind")) && trigger.equals(item.get("trigger")))
                    .findFirst().ifPresent(item -> id[0] = (String) item.get("checkInId"));
            return id[0] != null;
        });
        return UUID.fromString(id[0]);
    }

    public static Map<String, Object> completion(String outcome) {
        Map<String, Object> completion = new HashMap<>();
        completion.put("phq9", new ArrayList<>(PHQ9_OF_7));
        completion.put("gad7", new ArrayList<>(GAD7_OF_5));
        completion.put("outcome", outcome);
        completion.put("notes", "video check-in, patient well prepared");
        return completion;
    }

    public static Map<String, Object> adjustment(Integer doseMgPerSession, Integer minHoursBetweenSessions) {
        Map<String, Object> completion = completion("ADJUST");
        Map<String, Object> adjustment = new HashMap<>();
        adjustment.put("doseMgPerSession", doseMgPerSession);
        adjustment.put("minHoursBetweenSessions", minHoursBetweenSessions);
        completion.put("adjustment", adjustment);
        return completion;
    }

    public static ValidatableResponse complete(String token, UUID checkInId, Map<String, Object> completion) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(completion)
                .post("/api/v1/checkins/{id}/completion", checkInId).then();
    }

    public static JsonPath journey(String token, UUID patient) {
        return given().auth().oauth2(token).get("/api/v1/patients/{id}/journey", patient).then().statusCode(200).extract().jsonPath();
    }

    /** Every check-in id in a clinician's queue, page after page. */
    public static List<String> queue(String token, String status) {
        List<String> ids = new ArrayList<>();
        int page = 0;
        long total;
        do {
            JsonPath answer = given().auth().oauth2(token).queryParam("status", status).queryParam("page", page).queryParam("size", 100)
                    .get("/api/v1/checkins").then().statusCode(200).extract().jsonPath();
            ids.addAll(answer.getList("items.checkInId"));
            total = answer.getLong("total");
            page++;
        } while ((long) page * 100 < total);
        return ids;
    }
}
