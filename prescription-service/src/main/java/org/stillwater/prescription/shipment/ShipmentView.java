package org.stillwater.prescription.shipment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.prescription.prescribing.Prescription;

/**
 * A shipment as its pharmacy sees it: the fill to dispense, where to ship it, the prescription it is filled
 * against (prescriber, DEA number, directions) and the dispensing record once dispatched.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentView(
        UUID shipmentId,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        int fillNumber,
        ShipmentStatus status,
        String medication,
        int strengthMg,
        int quantity,
        ShippingAddress shipTo,
        boolean adultSignatureRequired,
        Instant requestedAt,
        PrescriptionSummary prescription,
        String carrier,
        String trackingNumber,
        String lotNumber,
        Integer quantityDispensed,
        String pharmacistInitials,
        String dispatchedBy,
        Instant dispatchedAt,
        String signedBy,
        Instant deliveredAt,
        FailureReason failureReason,
        Instant failedAt,
        ShipmentCancellationReason cancellationReason,
        Instant cancelledAt) {

    /** What the pharmacist checks the fill against. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrescriptionSummary(
            String clinicianId,
            String clinicianNpi,
            String clinicianDeaNumber,
            String rxnormCode,
            String deaSchedule,
            int unitsPerSession,
            int doseMgPerSession,
            int refillsAuthorized,
            String directions,
            Instant issuedAt,
            LocalDate lastFillDay) {
    }

    static ShipmentView of(Shipment shipment, Prescription prescription) {
        PrescriptionSummary summary = new PrescriptionSummary(prescription.clinicianId, prescription.clinicianNpi,
                prescription.clinicianDeaNumber, prescription.rxnormCode, Prescription.DEA_SCHEDULE, prescription.unitsPerSession,
                prescription.doseMgPerSession, prescription.refillsAuthorized, prescription.directions, prescription.issuedAt,
                prescription.lastFillDay);
        return new ShipmentView(shipment.id, shipment.prescriptionId, shipment.patientId, shipment.pharmacyId, shipment.fillNumber,
                shipment.status, shipment.medication, shipment.strengthMg, shipment.quantity, shipment.shipTo(),
                shipment.adultSignatureRequired, shipment.requestedAt, summary, shipment.carrier, shipment.trackingNumber,
                shipment.lotNumber, shipment.quantityDispensed, shipment.pharmacistInitials, shipment.dispatchedBy,
                shipment.dispatchedAt, shipment.signedBy, shipment.deliveredAt, shipment.failureReason, shipment.failedAt,
                shipment.cancellationReason, shipment.cancelledAt);
    }
}
