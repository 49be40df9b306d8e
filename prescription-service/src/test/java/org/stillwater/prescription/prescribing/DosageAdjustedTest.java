package org.stillwater.prescription.prescribing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

/** DosageAdjusted from checkin.events: the active prescription is superseded with the new dose. */
@QuarkusTest
class DosageAdjustedTest {

    @Inject
    EntityManager entityManager;

    private static DosageAdjusted adjustment(UUID patient, Integer doseMg) {
        return new DosageAdjusted(UUID.randomUUID(), patient, doseMg, null, "dr.california", "1234567893", "BR1234563", Instant.now());
    }

    @Test
    void aNewDoseSupersedesThePrescriptionKeepingItsExpiryAndRemainingRefillsWithoutANewShipment() {
        UUID patient = Api.approvedPatient("CA");
        UUID original = Api.prescribe(patient, "CA");
        Api.dispatchAndDeliver(Api.shipmentOf(original, 1), 6);
        Map<String, Object> before = Api.prescriptionAs(As.acme(), original).extract().jsonPath().getMap("$");

        DosageAdjusted adjusted = adjustment(patient, 300);
        UUID event = TestEvents.publish(adjusted);
        Api.awaitHandled(entityManager, event);

        String successorId = Api.prescriptionAs(As.acme(), original).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("SUPERSEDED"))
                .extract().path("supersededByPrescriptionId");
        UUID successor = UUID.fromString(successorId);
        Api.prescriptionAs(As.acme(), successor).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("supersedesPrescriptionId", equalTo(original.toString()))
                .body("adjustedAtCheckInId", equalTo(adjusted.checkInId().toString()))
                .body("strengthMg", equalTo(100))
                .body("unitsPerSession", equalTo(3))
                .body("doseMgPerSession", equalTo(300))
                .body("refillsAuthorized", equalTo(5))
                .body("refillsRemaining", equalTo(5))
                .body("lastFillDay", equalTo(before.get("lastFillDay")))
                .body("expiresAt", equalTo(before.get("expiresAt")))
                .body("fills", hasSize(0))
                .body("supply.unitsOnHand", equalTo(6));

        try (PatientEvents events = PatientEvents.on(Topics.PRESCRIPTION_EVENTS, patient)) {
            PrescriptionCancelled cancelled = events.await(EventType.PRESCRIPTION_CANCELLED).data(PrescriptionCancelled.class);
            assertEquals("SUPERSEDED", cancelled.reason());
            assertEquals(successor, cancelled.supersededByPrescriptionId());
            PrescriptionIssued issued = events.await(EventType.PRESCRIPTION_ISSUED, e -> e.data(PrescriptionIssued.class).prescriptionId().equals(successor))
                    .data(PrescriptionIssued.class);
            assertEquals(original, issued.supersedesPrescriptionId());
            assertEquals(300, issued.doseMgPerSession());
            assertEquals(3, issued.unitsPerSession());
            assertEquals(5, issued.refillsAuthorized());
            assertEquals(Instant.parse((String) before.get("expiresAt")), issued.expiresAt());
        }
        try (PatientEvents shipments = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            shipments.await(EventType.SHIPMENT_DELIVERED);
            assertEquals(1, shipments.events().stream().filter(e -> e.type() == EventType.SHIPMENT_REQUESTED).count());
        }
    }

    @Test
    void theSuccessorsFillsCountOnFromItsPredecessors() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> oneRefill = Api.prescription(patient);
        oneRefill.put("refills", 1);
        UUID original = Api.prescribed(As.drCalifornia(), oneRefill);
        Api.dispatchAndDeliver(Api.shipmentOf(original, 1), 6);
        Api.awaitHandled(entityManager, TestEvents.publish(adjustment(patient, 100)));
        UUID successor = UUID.fromString(Api.prescriptionAs(As.acme(), original).extract().path("supersededByPrescriptionId"));
        Api.prescriptionAs(As.acme(), successor).body("refillsAuthorized", equalTo(1)).body("unitsPerSession", equalTo(1));

        Api.awaitHandled(entityManager, TestEvents.publish(Api.session(patient, successor, 1, 5)));
        Api.refill(As.acme(), successor).statusCode(201).body("fillNumber", equalTo(2)).body("refillsRemaining", equalTo(0));
        Api.dispatchAndDeliver(Api.shipmentOf(successor, 2), 6);
        Api.awaitHandled(entityManager, TestEvents.publish(Api.session(patient, successor, 2, 7)));
        Api.refill(As.acme(), successor).statusCode(409).body("errors.code", equalTo(List.of("no-refills-remaining")));
    }

    @Test
    void aFillNotYetDispatchedIsRequestedAgainUnderTheNewPrescription() {
        UUID patient = Api.approvedPatient("CA");
        UUID original = Api.prescribe(patient, "CA");
        UUID pending = Api.shipmentOf(original, 1);
        Api.awaitHandled(entityManager, TestEvents.publish(adjustment(patient, 100)));
        UUID successor = UUID.fromString(Api.prescriptionAs(As.acme(), original)
                .body("fills[0].status", equalTo("CANCELLED"))
                .body("fills[0].cancellationReason", equalTo("PRESCRIPTION_CANCELLED"))
                .extract().path("supersededByPrescriptionId"));
        Api.prescriptionAs(As.acme(), successor).body("fills", hasSize(1)).body("fills[0].fillNumber", equalTo(1))
                .body("fills[0].status", equalTo("REQUESTED"));
        try (PatientEvents shipments = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            assertEquals(pending, shipments.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class).shipmentId());
            ShipmentRequested again = shipments.await(EventType.SHIPMENT_REQUESTED, e -> e.data(ShipmentRequested.class).prescriptionId().equals(successor))
                    .data(ShipmentRequested.class);
            assertEquals(1, again.fillNumber());
        }
    }

    @Test
    void aDoseThatIsNotAWholeNumberOfLozengesIsNotAppliedAndSaysWhy() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        DosageAdjusted uneven = adjustment(patient, 250);
        Api.awaitHandled(entityManager, TestEvents.publish(uneven));
        Api.prescriptionAs(As.acme(), prescription)
                .body("status", equalTo("ACTIVE"))
                .body("doseMgPerSession", equalTo(200))
                .body("adjustmentsNotApplied", hasSize(1))
                .body("adjustmentsNotApplied[0].checkInId", equalTo(uneven.checkInId().toString()))
                .body("adjustmentsNotApplied[0].doseMgPerSession", equalTo(250))
                .body("adjustmentsNotApplied[0].reasonCode", equalTo("not-whole-lozenges"));
    }

    @Test
    void aDoseAboveTheProtocolMaximumIsNotApplied() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.awaitHandled(entityManager, TestEvents.publish(adjustment(patient, 400)));
        Api.prescriptionAs(As.acme(), prescription)
                .body("status", equalTo("ACTIVE"))
                .body("adjustmentsNotApplied[0].reasonCode", equalTo("dose-above-protocol-maximum"));
    }

    @Test
    void anAdjustmentOfTheIntervalOnlyLeavesThePrescriptionAlone() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.awaitHandled(entityManager, TestEvents.publish(new DosageAdjusted(UUID.randomUUID(), patient, null, 96, "dr.california", "1234567893", "BR1234563", Instant.now())));
        Api.awaitHandled(entityManager, TestEvents.publish(adjustment(patient, 200)));
        Api.prescriptionAs(As.acme(), prescription).body("status", equalTo("ACTIVE")).body("adjustmentsNotApplied", hasSize(0));
    }
}
