package org.stillwater.edge.testapp;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.stillwater.testing.As;

/** The test application's calls, with real tokens from the realm. */
public final class Notes {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Notes() {
    }

    public static Map<String, Object> note(String text, int doseMg) {
        return Map.of("text", text, "doseMg", doseMg);
    }

    /** dr.california's request, JSON. */
    public static RequestSpecification asClinician() {
        return given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON);
    }

    public static ValidatableResponse write(RequestSpecification request, UUID patientId, Object body) {
        return request.body(body).post("/api/v1/patients/{patientId}/notes", patientId).then();
    }

    /** dr.california writes {@code body} about the patient with an Idempotency-Key. */
    public static ValidatableResponse write(UUID patientId, String idempotencyKey, Object body) {
        return write(asClinician().header("Idempotency-Key", idempotencyKey), patientId, body);
    }

    /** dr.california writes a raw JSON {@code body} about a new patient. */
    public static ValidatableResponse writeJson(String body) {
        return write(asClinician(), UUID.randomUUID(), body);
    }
}
