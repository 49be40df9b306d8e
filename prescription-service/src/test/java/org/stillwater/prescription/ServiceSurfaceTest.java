package org.stillwater.prescription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and API consumers rely on besides the API itself. */
@QuarkusTest
class ServiceSurfaceTest {

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/prescriptions/{prescriptionId}/refills"))
                .body(containsString("/api/v1/pharmacies/{pharmacyId}/shipments"))
                .body(containsString("/api/v1/shipments/{shipmentId}/delivery"));
    }

    @Test
    void theServiceIsReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
