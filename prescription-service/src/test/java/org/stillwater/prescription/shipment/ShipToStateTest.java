package org.stillwater.prescription.shipment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

/**
 * A Schedule III fill crosses into the state it is shipped to: the pharmacy must be licensed there and in the
 * state of residence (sunrise: CA, NY, TX; harbor: CA only), at prescribing, on every refill and when the address changes.
 */
@QuarkusTest
class ShipToStateTest {

    private static final ShippingAddress AUSTIN = new ShippingAddress("Jordan Test", "401 Congress Avenue", null, "Austin", "TX", "78701");
    private static final ShippingAddress PORTLAND = new ShippingAddress("Jordan Test", "1120 SW 5th Avenue", null, "Portland", "OR", "97204");

    @Inject
    EntityManager entityManager;

    /** A California resident approved with fills shipped to {@code shipTo}. */
    private static UUID californianShippedTo(ShippingAddress shipTo) {
        UUID patient = UUID.randomUUID();
        EvaluationApproved approval = Api.approval(patient, "acme", "CA", 300);
        TestEvents.publish(new EvaluationApproved(approval.evaluationId(), approval.intakeId(), patient, "acme", "CA", "dr.california",
                "VIDEO", approval.protocol(), 14, 9, shipTo, approval.approvedAt()));
        Eventually.assertThat(() -> io.restassured.RestAssured.given().auth().oauth2(As.drCalifornia())
                .get("/api/v1/patients/{id}/prescriptions", patient).then().statusCode(200));
        return patient;
    }

    private static Map<String, Object> through(UUID patient, String pharmacyId) {
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("pharmacyId", pharmacyId);
        return prescription;
    }

    private void changeAddress(UUID patient, ShippingAddress to, Instant at) {
        Api.awaitHandled(entityManager, TestEvents.publish(new ShippingAddressChanged(patient, "acme", "CA", to, "service-account-partner-acme", at)));
    }

    @Test
    void aCaliforniaResidentShippedInTexasThroughHarborLicensedInCaliforniaOnlyIsRefused() {
        UUID patient = californianShippedTo(AUSTIN);
        Api.prescribe(As.drCalifornia(), through(patient, "harbor")).statusCode(422)
                .body("type", equalTo("https://stillwater.example/problems/prescription-refused"))
                .body("errors.code", equalTo(List.of("pharmacy-not-licensed-in-ship-to-state")))
                .body("errors.field", hasItem("shipTo.state"));
    }

    @Test
    void aCaliforniaResidentShippedInTexasThroughSunriseLicensedInBothIsShippedToTexas() {
        UUID patient = californianShippedTo(AUSTIN);
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            Api.prescribe(As.drCalifornia(), through(patient, "sunrise")).statusCode(201);
            assertEquals("TX", events.await(EventType.SHIPMENT_REQUESTED).data(ShipmentRequested.class).shipTo().state());
        }
    }

    @Test
    void aShipToStateNoPharmacyIsLicensedInIsRefusedWithEither() {
        UUID patient = californianShippedTo(PORTLAND);
        Api.prescribe(As.drCalifornia(), through(patient, "sunrise")).statusCode(422)
                .body("errors.code", equalTo(List.of("pharmacy-not-licensed-in-ship-to-state")));
        Api.prescribe(As.drCalifornia(), through(patient, "harbor")).statusCode(422)
                .body("errors.code", equalTo(List.of("pharmacy-not-licensed-in-ship-to-state")));
    }

    @Test
    void aNewAddressInAStateThePharmacyMayShipToRedirectsTheFillNotYetDispatched() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID first = Api.shipmentOf(prescription, 1);
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            changeAddress(patient, AUSTIN, Instant.now());
            ShipmentCancelled cancelled = events.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(first, cancelled.shipmentId());
            assertEquals("SHIPPING_ADDRESS_CHANGED", cancelled.reason());
            ShipmentRequested again = events.await(EventType.SHIPMENT_REQUESTED, event -> event.data(ShipmentRequested.class).shipTo().state().equals("TX"))
                    .data(ShipmentRequested.class);
            assertEquals(1, again.fillNumber());
            assertEquals(prescription, again.prescriptionId());
        }
        Api.prescriptionAs(As.acme(), prescription).statusCode(200)
                .body("fills.find { it.shipmentId == '" + first + "' }.status", equalTo("CANCELLED"))
                .body("fills.find { it.status == 'REQUESTED' }.fillNumber", equalTo(1));
    }

    @Test
    void aNewAddressInAStateThePharmacyMayNotShipToCancelsTheFillAndRefusesRefills() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> harborPrescription = through(patient, "harbor");
        UUID prescription = Api.prescribed(As.drCalifornia(), harborPrescription);
        UUID first = Api.shipmentOf(prescription, 1);
        changeAddress(patient, AUSTIN, Instant.now());
        Api.prescriptionAs(As.acme(), prescription).statusCode(200)
                .body("fills.find { it.shipmentId == '" + first + "' }.status", equalTo("CANCELLED"))
                .body("fills.find { it.shipmentId == '" + first + "' }.cancellationReason", equalTo("SHIPPING_ADDRESS_CHANGED"))
                .body("fills.status", not(hasItem("REQUESTED")))
                .body("refill.reasons.code", hasItem("pharmacy-not-licensed-in-ship-to-state"));
        Api.refill(As.drCalifornia(), prescription).statusCode(409)
                .body("errors.code", hasItem("pharmacy-not-licensed-in-ship-to-state"));
    }

    @Test
    void anAddressChangeOlderThanTheAddressInPlaceChangesNothing() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        changeAddress(patient, PORTLAND, Instant.now().minusSeconds(86_400));
        Api.prescriptionAs(As.acme(), prescription).statusCode(200)
                .body("fills.find { it.fillNumber == 1 }.status", equalTo("REQUESTED"))
                .body("refill.reasons.code", not(hasItem("pharmacy-not-licensed-in-ship-to-state")));
    }
}
