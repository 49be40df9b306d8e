package org.stillwater.prescription.prescribing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.problem.Problem.FieldError;
import org.stillwater.prescription.refill.RefillPolicy;
import org.stillwater.prescription.refill.Supply;
import org.stillwater.prescription.shipment.FailureReason;
import org.stillwater.prescription.shipment.Shipment;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;
import org.stillwater.prescription.shipment.ShipmentStatus;

/**
 * A prescription as the patient, their partner and clinicians see it, with what the refill decision rests on:
 * refills remaining, the patient's supply (delivered − used = on hand) and whether a refill asked now would be
 * released, with every reason it would not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrescriptionView(
        UUID prescriptionId,
        UUID patientId,
        Prescription.Status status,
        Prescription.CancellationReason cancellationReason,
        String cancellationNote,
        String cancelledBy,
        Instant cancelledAt,
        UUID supersedesPrescriptionId,
        UUID supersededByPrescriptionId,
        UUID adjustedAtCheckInId,
        String clinicianId,
        String clinicianNpi,
        String clinicianDeaNumber,
        String pharmacyId,
        String medication,
        String rxnormCode,
        String deaSchedule,
        int strengthMg,
        int unitsPerSession,
        int doseMgPerSession,
        int quantityPerFill,
        int refillsAuthorized,
        int refillsRemaining,
        String directions,
        Instant issuedAt,
        LocalDate lastFillDay,
        Instant expiresAt,
        boolean expired,
        Supply supply,
        RefillStatus refill,
        List<FillView> fills,
        List<AdjustmentView> adjustmentsNotApplied) {

    /** Whether a refill asked now (without a clinician's override) would be released, and every reason it would not. */
    public record RefillStatus(boolean releasable, List<FieldError> reasons) {

        static RefillStatus of(RefillPolicy.Decision decision) {
            return new RefillStatus(decision.released(), decision.refusals().stream().map(FieldError::of).toList());
        }
    }

    /** A fill of this prescription and its shipment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FillView(
            UUID shipmentId,
            int fillNumber,
            ShipmentStatus status,
            String pharmacyId,
            int quantity,
            Instant requestedAt,
            String requestedBy,
            Integer unitsOnHandAtRequest,
            String onHandOverrideReason,
            String carrier,
            String trackingNumber,
            Integer quantityDispensed,
            Instant dispatchedAt,
            String signedBy,
            Instant deliveredAt,
            FailureReason failureReason,
            Instant failedAt,
            ShipmentCancellationReason cancellationReason,
            Instant cancelledAt) {

        static FillView of(Shipment fill) {
            return new FillView(fill.id, fill.fillNumber, fill.status, fill.pharmacyId, fill.quantity, fill.requestedAt,
                    fill.requestedBy, fill.unitsOnHandAtRequest, fill.onHandOverrideReason, fill.carrier, fill.trackingNumber,
                    fill.quantityDispensed, fill.dispatchedAt, fill.signedBy, fill.deliveredAt, fill.failureReason, fill.failedAt,
                    fill.cancellationReason, fill.cancelledAt);
        }
    }

    /** A check-in's dose adjustment that was not applied to this prescription, and why. */
    public record AdjustmentView(UUID checkInId, int doseMgPerSession, String clinicianId, Instant adjustedAt, String reasonCode, String reason) {

        static AdjustmentView of(DosageAdjustment adjustment) {
            return new AdjustmentView(adjustment.checkInId, adjustment.doseMgPerSession, adjustment.clinicianId, adjustment.adjustedAt,
                    adjustment.reasonCode, adjustment.reason);
        }
    }
}
