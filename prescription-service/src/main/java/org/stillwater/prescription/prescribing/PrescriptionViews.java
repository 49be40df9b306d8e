package org.stillwater.prescription.prescribing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.refill.RefillPolicy;
import org.stillwater.prescription.refill.Refills;
import org.stillwater.prescription.refill.Supply;
import org.stillwater.prescription.shipment.Fills;
import org.stillwater.prescription.shipment.Shipment;

/** Builds prescription views with their fills, the patient's supply and the refill assessment of now. */
@ApplicationScoped
public class PrescriptionViews {

    @Inject
    Refills refills;

    @Inject
    Clock clock;

    public PrescriptionView of(Prescription prescription, ApprovedPatient patient) {
        Supply supply = refills.supply(prescription);
        RefillPolicy.Decision refill = refills.assess(prescription, patient, supply);
        return new PrescriptionView(prescription.id, prescription.patientId, prescription.status, prescription.cancellationReason,
                prescription.cancellationNote, prescription.cancelledBy, prescription.cancelledAt, prescription.supersedesPrescriptionId,
                prescription.supersededByPrescriptionId, prescription.adjustedAtCheckInId, prescription.clinicianId,
                prescription.clinicianNpi, prescription.clinicianDeaNumber, prescription.pharmacyId, prescription.medication,
                prescription.rxnormCode, Prescription.DEA_SCHEDULE, prescription.strengthMg, prescription.unitsPerSession,
                prescription.doseMgPerSession, prescription.quantityPerFill, prescription.refillsAuthorized,
                prescription.refillsRemaining(Fills.fillsUsed(prescription.lineageId)), prescription.directions, prescription.issuedAt,
                prescription.lastFillDay, prescription.expiresAt, PrescriptionExpiry.expired(prescription.expiresAt, clock.instant()),
                supply, PrescriptionView.RefillStatus.of(refill),
                Shipment.<Shipment>list("prescriptionId = ?1 order by requestedAt, fillNumber", prescription.id).stream()
                        .map(PrescriptionView.FillView::of).toList(),
                DosageAdjustment.<DosageAdjustment>list("prescriptionId = ?1 and outcome = ?2 order by adjustedAt", prescription.id,
                        DosageAdjustment.Outcome.NOT_APPLIED).stream().map(PrescriptionView.AdjustmentView::of).toList());
    }
}
