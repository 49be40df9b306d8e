package org.stillwater.prescription.prescribing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.prescription.shipment.Shipment;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;
import org.stillwater.prescription.shipment.ShipmentStatus;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

class PrescriptionLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T15:00:00Z");

    private static Prescription active() {
        Prescription prescription = new Prescription();
        prescription.id = UUID.randomUUID();
        prescription.patientId = UUID.randomUUID();
        prescription.status = Prescription.Status.ACTIVE;
        return prescription;
    }

    private static Shipment fill(Prescription prescription, int fillNumber, ShipmentStatus status) {
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.prescriptionId = prescription.id;
        shipment.patientId = prescription.patientId;
        shipment.pharmacyId = "sunrise";
        shipment.fillNumber = fillNumber;
        shipment.status = status;
        return shipment;
    }

    private static Transition<EventData> cancelByClinician(Prescription prescription, List<Shipment> undispatched) {
        return PrescriptionLifecycle.cancel(prescription, undispatched, Prescription.CancellationReason.CANCELLED_BY_CLINICIAN, null,
                "dr.california", "patient asked to stop", ShipmentCancellationReason.PRESCRIPTION_CANCELLED, NOW);
    }

    @Test
    void aCancellationRecordsWhoWhyAndWhenAndAnnouncesPrescriptionCancelled() {
        Prescription prescription = active();
        Transition<EventData> outcome = cancelByClinician(prescription, List.of());

        assertEquals(Prescription.Status.CANCELLED, prescription.status);
        assertEquals(Prescription.CancellationReason.CANCELLED_BY_CLINICIAN, prescription.cancellationReason);
        assertEquals("patient asked to stop", prescription.cancellationNote);
        assertEquals("dr.california", prescription.cancelledBy);
        assertEquals(NOW, prescription.cancelledAt);
        assertEquals(List.of(new PrescriptionCancelled(prescription.id, prescription.patientId, "CANCELLED_BY_CLINICIAN", null, NOW)),
                outcome.events());
    }

    @Test
    void aCancellationCancelsEachUndispatchedFillAndAnnouncesThemBeforeThePrescription() {
        Prescription prescription = active();
        Shipment second = fill(prescription, 2, ShipmentStatus.REQUESTED);
        Shipment third = fill(prescription, 3, ShipmentStatus.REQUESTED);
        Transition<EventData> outcome = cancelByClinician(prescription, List.of(second, third));

        assertEquals(List.of(ShipmentStatus.CANCELLED, ShipmentStatus.CANCELLED), List.of(second.status, third.status));
        assertEquals(List.of(
                new ShipmentCancelled(second.id, prescription.id, prescription.patientId, "sunrise", 2, "PRESCRIPTION_CANCELLED", NOW),
                new ShipmentCancelled(third.id, prescription.id, prescription.patientId, "sunrise", 3, "PRESCRIPTION_CANCELLED", NOW),
                new PrescriptionCancelled(prescription.id, prescription.patientId, "CANCELLED_BY_CLINICIAN", null, NOW)), outcome.events());
    }

    @Test
    void aSupersededPrescriptionNamesTheOneThatReplacesIt() {
        Prescription prescription = active();
        UUID successor = UUID.randomUUID();
        Transition<EventData> outcome = PrescriptionLifecycle.cancel(prescription, List.of(), Prescription.CancellationReason.SUPERSEDED,
                successor, "dr.california", "superseded by prescription " + successor, ShipmentCancellationReason.PRESCRIPTION_CANCELLED, NOW);

        assertEquals(successor, prescription.supersededByPrescriptionId);
        assertEquals(List.of(new PrescriptionCancelled(prescription.id, prescription.patientId, "SUPERSEDED", successor, NOW)),
                outcome.events());
    }

    @Test
    void aCancelledPrescriptionCannotBeCancelledAgainAndStaysAsItWas() {
        Prescription prescription = active();
        cancelByClinician(prescription, List.of());
        Transition<EventData> again = PrescriptionLifecycle.cancel(prescription, List.of(), Prescription.CancellationReason.TREATMENT_DISCONTINUED,
                null, "dr.texas", "again", ShipmentCancellationReason.TREATMENT_DISCONTINUED, NOW.plusSeconds(60));

        Refused refused = again.refusal().orElseThrow();
        assertEquals(Refused.Kind.CONFLICT, refused.kind());
        assertEquals("prescription-not-active", refused.slug());
        assertEquals("this prescription is already cancelled", refused.detail());
        assertEquals(List.of(new Refusal("prescriptionId", "prescription-not-active", "cancelled (CANCELLED_BY_CLINICIAN) at " + NOW)),
                refused.reasons());
        assertEquals(List.of(), again.events());
        assertEquals("dr.california", prescription.cancelledBy);
        assertEquals(NOW, prescription.cancelledAt);
    }

    @Test
    void aFillPastRequestedIsNotOneToCancelWithItsPrescriptionAndNothingChanges() {
        Prescription prescription = active();
        Shipment requested = fill(prescription, 2, ShipmentStatus.REQUESTED);
        Shipment dispatched = fill(prescription, 1, ShipmentStatus.DISPATCHED);

        assertThrows(IllegalArgumentException.class, () -> cancelByClinician(prescription, List.of(requested, dispatched)));
        assertEquals(Prescription.Status.ACTIVE, prescription.status);
        assertEquals(ShipmentStatus.REQUESTED, requested.status);
        assertNull(requested.cancelledAt);
    }
}
