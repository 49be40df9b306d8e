package org.stillwater.prescription.fhir;

import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.stillwater.fhir.MedicationDispenses;
import org.stillwater.fhir.MedicationRequests;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.prescription.shipment.Shipment;
import org.stillwater.prescription.shipment.ShipmentStatus;

/** prescription-service's records as FHIR R4: prescriptions as MedicationRequests, delivered fills as MedicationDispenses. */
final class PrescriptionFhir {

    private PrescriptionFhir() {
    }

    static MedicationRequest medicationRequest(Prescription prescription) {
        return MedicationRequests.medicationRequest(new MedicationRequests.Prescribed(prescription.id, prescription.patientId,
                prescription.isActive(), prescription.cancellationReason == null ? null : prescription.cancellationReason.name(),
                prescription.medication, prescription.strengthMg, prescription.unitsPerSession, prescription.doseMgPerSession,
                prescription.quantityPerFill, prescription.refillsAuthorized, prescription.directions, prescription.issuedAt,
                prescription.expiresAt, prescription.clinicianId, prescription.clinicianNpi, prescription.pharmacyId,
                prescription.supersedesPrescriptionId));
    }

    /** Only a delivered fill was dispensed to the patient: anything else is no MedicationDispense. */
    static boolean isDispensed(Shipment shipment) {
        return shipment.status == ShipmentStatus.DELIVERED;
    }

    static MedicationDispense medicationDispense(Shipment shipment) {
        return MedicationDispenses.medicationDispense(new MedicationDispenses.DeliveredFill(shipment.id, shipment.patientId,
                shipment.prescriptionId, shipment.pharmacyId, shipment.fillNumber, shipment.medication, shipment.strengthMg,
                shipment.lotNumber, shipment.quantityDispensed != null ? shipment.quantityDispensed : shipment.quantity,
                shipment.dispatchedAt, shipment.deliveredAt));
    }
}
