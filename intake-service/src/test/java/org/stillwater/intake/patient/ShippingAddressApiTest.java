package org.stillwater.intake.patient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.intake.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

/** PUT /patients/{patientId}/shipping-address: where fills go; the state of residence stays. */
@QuarkusTest
class ShippingAddressApiTest {

    private static Map<String, Object> texasAddress() {
        Map<String, Object> address = new HashMap<>();
        address.put("line1", "401 Congress Avenue");
        address.put("line2", "Unit 4");
        address.put("city", "Austin");
        address.put("state", "TX");
        address.put("postalCode", "78701");
        return address;
    }

    private static ValidatableResponse change(String token, UUID patient, Object address) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(address)
                .put("/api/v1/patients/{id}/shipping-address", patient).then();
    }

    @Test
    void thePartnerChangesTheShippingAddressAndShippingAddressChangedCarriesItWithTheUnchangedStateOfResidence() {
        UUID patient = Api.registerPatient("CA");
        try (PatientEvents events = PatientEvents.on(Topics.INTAKE_EVENTS, patient)) {
            change(As.acme(), patient, texasAddress()).statusCode(200)
                    .body("stateOfResidence", equalTo("CA"))
                    .body("shippingAddress.state", equalTo("TX"))
                    .body("shippingAddress.city", equalTo("Austin"));
            ValidatedEvent event = events.await(EventType.SHIPPING_ADDRESS_CHANGED);
            ShippingAddressChanged changed = (ShippingAddressChanged) event.data();
            assertEquals("CA", changed.patientState());
            assertEquals("TX", changed.shippingAddress().state());
            assertEquals("Jordan Test", changed.shippingAddress().recipientName());
            assertEquals("service-account-partner-acme", changed.changedBy());
        }
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}", patient).then().statusCode(200)
                .body("shippingAddress.state", equalTo("TX"));
    }

    @Test
    void anotherPartnerCannotChangeIt() {
        UUID patient = Api.registerPatient("CA");
        change(As.globex(), patient, texasAddress()).statusCode(404);
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}", patient).then().body("shippingAddress.state", equalTo("CA"));
    }

    @Test
    void aClinicianOrOpsMayNotChangeIt() {
        UUID patient = Api.registerPatient("CA");
        change(As.drCalifornia(), patient, texasAddress()).statusCode(403);
        change(As.ops(), patient, texasAddress()).statusCode(403);
    }

    @Test
    void aStateThatIsNotAUsStateIsRefusedNamingTheField() {
        UUID patient = Api.registerPatient("CA");
        Map<String, Object> address = texasAddress();
        address.put("state", "ZZ");
        change(As.acme(), patient, address).statusCode(400).body("errors.field", hasItem("state"));
    }

    @Test
    void aMissingPostalCodeIsA400NamingIt() {
        UUID patient = Api.registerPatient("CA");
        Map<String, Object> address = texasAddress();
        address.remove("postalCode");
        change(As.acme(), patient, address).statusCode(400).body("errors.field", hasItem("postalCode"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyChangesNothingMore() {
        UUID patient = Api.registerPatient("CA");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(texasAddress())
                .put("/api/v1/patients/{id}/shipping-address", patient).then().statusCode(200);
        given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(texasAddress())
                .put("/api/v1/patients/{id}/shipping-address", patient).then().statusCode(200)
                .header("Idempotent-Replayed", "true");
        Map<String, Object> other = texasAddress();
        other.put("city", "Houston");
        given().auth().oauth2(As.acme()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .put("/api/v1/patients/{id}/shipping-address", patient).then().statusCode(422);
    }

    @Test
    void withoutATokenItIs401() {
        given().contentType(ContentType.JSON).body(texasAddress())
                .put("/api/v1/patients/{id}/shipping-address", Api.registerPatient("CA")).then().statusCode(401);
    }
}
