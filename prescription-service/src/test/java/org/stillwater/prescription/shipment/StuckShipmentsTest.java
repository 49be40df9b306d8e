package org.stillwater.prescription.shipment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.prescription.Api;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

/** Nothing stuck: requested shipments past their prescription's last fill day are cancelled, long-waiting ones raised to ops. */
@QuarkusTest
class StuckShipmentsTest {

    @Inject
    ServiceClock clock;

    @Inject
    StuckShipments stuckShipments;

    @Test
    void aRequestedShipmentIsCancelledAsExpiredOnceItsPrescriptionsLastFillDayIsOverAndNotBefore() {
        UUID patient = Api.approvedPatient("NY");
        UUID prescription = Api.prescribe(patient, "NY");
        UUID shipment = Api.shipmentOf(prescription, 1);
        Instant expiresAt = QuarkusTransaction.requiringNew().call(() -> Prescription.<Prescription>findById(prescription).expiresAt);

        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            clock.advance(Duration.between(clock.instant(), expiresAt).minusHours(1));
            stuckShipments.scan();
            assertEquals(ShipmentStatus.REQUESTED, status(shipment), "an hour before its last fill day ends in New York");

            clock.advance(Duration.ofHours(1));
            stuckShipments.scan();

            ShipmentCancelled cancelled = events.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(shipment, cancelled.shipmentId());
            assertEquals("EXPIRED", cancelled.reason());
        }
        assertEquals(ShipmentStatus.CANCELLED, status(shipment));
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(409);
    }

    @Test
    void aRequestedShipmentUntouchedForThreeOfThePatientsDaysIsRaisedToOpsOnceUntilDispatched() {
        UUID patient = Api.approvedPatient("CA");
        UUID shipment = Api.shipmentOf(Api.prescribe(patient, "CA"), 1);
        Instant requestedAt = QuarkusTransaction.requiringNew().call(() -> Shipment.<Shipment>findById(shipment).requestedAt);
        Instant stalledFrom = ShipmentDeadlines.stalledFrom(PatientCalendar.of("CA"), requestedAt, 3);

        clock.advance(Duration.between(clock.instant(), stalledFrom).minusHours(1));
        stuckShipments.scan();
        stalled(patient).body("items", hasSize(0));

        clock.advance(Duration.ofHours(1));
        stuckShipments.scan();
        stalled(patient).body("items", hasSize(1))
                .body("items[0].shipmentId", equalTo(shipment.toString()))
                .body("items[0].pharmacyId", equalTo("sunrise"))
                .body("items[0].stalledAt", notNullValue());
        Instant raisedAt = QuarkusTransaction.requiringNew().call(() -> Shipment.<Shipment>findById(shipment).stalledAt);
        clock.advance(Duration.ofDays(1));
        stuckShipments.scan();
        assertEquals(raisedAt, QuarkusTransaction.requiringNew().call(() -> Shipment.<Shipment>findById(shipment).stalledAt), "raised once");

        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200);
        stalled(patient).body("items", hasSize(0));
    }

    @Test
    void onlyOpsSeeTheStalledShipments() {
        given().auth().oauth2(As.pharmSunrise()).get("/api/v1/shipments/stalled").then().statusCode(403);
        given().auth().oauth2(As.acme()).get("/api/v1/shipments/stalled").then().statusCode(403);
        given().get("/api/v1/shipments/stalled").then().statusCode(401);
        given().auth().oauth2(As.ops()).queryParam("patientId", "not-a-patient").get("/api/v1/shipments/stalled").then().statusCode(400)
                .body("errors[0].field", equalTo("patientId"));
    }

    private static io.restassured.response.ValidatableResponse stalled(UUID patient) {
        return given().auth().oauth2(As.ops()).queryParam("patientId", patient.toString()).get("/api/v1/shipments/stalled").then().statusCode(200);
    }

    private static ShipmentStatus status(UUID shipment) {
        return QuarkusTransaction.requiringNew().call(() -> Shipment.<Shipment>findById(shipment).status);
    }
}
