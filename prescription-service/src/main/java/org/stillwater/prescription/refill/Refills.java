package org.stillwater.prescription.refill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.pharmacy.Pharmacies;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.prescription.shipment.Fills;
import org.stillwater.prescription.treatment.Treatment;

/** Gathers what the refill rules look at for a prescription, now. */
@ApplicationScoped
public class Refills {

    @Inject
    Treatment treatment;

    @Inject
    Supplies supplies;

    @Inject
    Pharmacies pharmacies;

    @Inject
    Clock clock;

    public RefillFacts facts(Prescription prescription, ApprovedPatient patient, Supply supply, Role requesterRole, String onHandOverrideReason) {
        return new RefillFacts(
                prescription.isActive() ? null : "cancelled (" + prescription.cancellationReason + ")",
                Fills.nextFillNumber(prescription.lineageId),
                prescription.maxFillNumber,
                prescription.lastFillDay,
                prescription.expiresAt,
                clock.instant(),
                treatment.blockers(prescription.patientId),
                prescription.pharmacyId,
                pharmacies.find(prescription.pharmacyId),
                patient.state,
                patient.shipToState,
                Fills.inTransit(prescription.patientId),
                supply.unitsOnHand(),
                prescription.unitsPerSession,
                requesterRole == Role.CLINICIAN,
                onHandOverrideReason);
    }

    /** Whether a refill asked now, without an override, would be released, and every reason it would not. */
    public RefillPolicy.Decision assess(Prescription prescription, ApprovedPatient patient, Supply supply) {
        return RefillPolicy.decide(facts(prescription, patient, supply, Role.PATIENT, null));
    }

    public Supply supply(Prescription prescription) {
        return supplies.of(prescription.patientId);
    }
}
