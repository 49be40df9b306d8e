package org.stillwater.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/** How the services' tests call {@code /fhir/r4} (REST Assured, against the service under test) and judge the answers. */
public final class FhirApi {

    private FhirApi() {
    }

    /** GET as the token's holder (no token when null). */
    public static ValidatableResponse get(String token, String path, Object... pathParameters) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.get(path, pathParameters).then();
    }

    /** GET of a path sent as written (already percent-encoded, e.g. with {@code %00}), for hostile ids. */
    public static ValidatableResponse getRaw(String token, String rawPath) {
        return given().urlEncodingEnabled(false).auth().oauth2(token).get(rawPath).then();
    }

    /** A 200 of FHIR JSON that validates against R4 with zero errors; its body. */
    public static String read(String token, String path, Object... pathParameters) {
        String json = get(token, path, pathParameters).statusCode(200).contentType(FhirJson.MEDIA_TYPE).extract().asString();
        assertValid(json);
        return json;
    }

    /** An error answered as a valid OperationOutcome with that status and FHIR issue type. */
    public static ValidatableResponse refused(ValidatableResponse answer, int status, String issueType) {
        String json = answer.statusCode(status).contentType(FhirJson.MEDIA_TYPE)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo(issueType))
                .extract().asString();
        assertValid(json);
        return answer;
    }

    public static void assertValid(String json) {
        assertEquals(List.of(), R4Validator.errors(json), json);
    }
}
