package org.stillwater.prescription.treatment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

/** TreatmentPaused, TreatmentResumed and TreatmentDiscontinued from checkin.events, as checkin-service sends them. */
@QuarkusTest
class TreatmentEventsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aPauseCancelsTheUndispatchedFillAndStopsFillsUntilTreatmentResumes() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID fill = Api.shipmentOf(prescription, 1);

        TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), patient, "dr.california", Instant.now()));
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentCancelled cancelled = events.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(fill, cancelled.shipmentId());
            assertEquals("TREATMENT_PAUSED", cancelled.reason());
            assertEquals(1, cancelled.fillNumber());
        }
        Api.dispatch(As.pharmSunrise(), fill, Api.dispatch(6)).statusCode(409);
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("treatment-paused")));
        Api.prescribe(As.drCalifornia(), Api.prescription(patient)).statusCode(422).body("errors.code", equalTo(List.of("treatment-paused")));

        UUID resumed = TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", null, Instant.now()));
        Api.awaitHandled(entityManager, resumed);
        Api.refill(As.acme(), prescription).statusCode(201).body("fillNumber", equalTo(1));
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            events.await(EventType.SHIPMENT_REQUESTED, e -> !e.data(ShipmentRequested.class).shipmentId().equals(fill));
        }
    }

    @Test
    void aPauseLeavesADispatchedFillOnItsWay() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID fill = Api.shipmentOf(prescription, 1);
        Api.dispatch(As.pharmSunrise(), fill, Api.dispatch(6)).statusCode(200);
        UUID paused = TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), patient, "dr.california", Instant.now()));
        Api.awaitHandled(entityManager, paused);
        Api.prescriptionAs(As.acme(), prescription).body("fills[0].status", equalTo("DISPATCHED"));
        Api.deliver(As.pharmSunrise(), fill, Map.of("signedBy", "Jordan Test")).statusCode(200);
    }

    @Test
    void aDiscontinuationCancelsThePrescriptionAndItsFillsForGood() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID fill = Api.shipmentOf(prescription, 1);

        TestEvents.publish(new TreatmentDiscontinued(UUID.randomUUID(), patient, "dr.california", Instant.now()));
        try (PatientEvents events = PatientEvents.on(Topics.PRESCRIPTION_EVENTS, patient)) {
            PrescriptionCancelled cancelled = events.await(EventType.PRESCRIPTION_CANCELLED).data(PrescriptionCancelled.class);
            assertEquals(prescription, cancelled.prescriptionId());
            assertEquals("TREATMENT_DISCONTINUED", cancelled.reason());
        }
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentCancelled cancelled = events.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(fill, cancelled.shipmentId());
            assertEquals("TREATMENT_DISCONTINUED", cancelled.reason());
        }
        Api.prescriptionAs(As.acme(), prescription)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("TREATMENT_DISCONTINUED"));

        UUID resumed = TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", null, Instant.now()));
        Api.awaitHandled(entityManager, resumed);
        Api.refill(As.acme(), prescription).statusCode(409)
                .body("errors.code", equalTo(List.of("prescription-not-active", "treatment-discontinued")));
        Api.prescribe(As.drCalifornia(), Api.prescription(patient)).statusCode(422)
                .body("errors.code", equalTo(List.of("treatment-discontinued")));
    }

    @Test
    void aPauseThatArrivesBeforeTheApprovalStillHoldsThePatient() {
        UUID patient = UUID.randomUUID();
        UUID paused = TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), patient, "dr.california", Instant.now()));
        Api.awaitHandled(entityManager, paused);
        Api.approvedPatient(patient, "acme", "CA", 300);
        Api.prescribe(As.drCalifornia(), Api.prescription(patient)).statusCode(422).body("errors.code", hasItem("treatment-paused"));
    }
}
