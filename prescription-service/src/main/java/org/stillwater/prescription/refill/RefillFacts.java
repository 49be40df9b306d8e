package org.stillwater.prescription.refill;

import java.time.LocalDate;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.treatment.TreatmentBlockers;

/**
 * What the refill rules look at.
 *
 * @param prescriptionState              null for the active prescription, else why it is not (e.g. "cancelled (SUPERSEDED)")
 * @param nextFillNumber                 the fill number a refill would get (fills of the lineage used + 1)
 * @param maxFillNumber                  the lineage's last fill number (refills authorized + 1)
 * @param lastFillDay                    the last day a fill may be dispensed
 * @param pharmacyLicensedInPatientState whether the prescription's pharmacy is (still) in the registry and licensed there
 * @param fillInTransit                  whether a fill of the patient is requested or dispatched and not yet delivered
 * @param unitsOnHand                    delivered minus used
 * @param requesterRole                  who asks
 * @param onHandOverrideReason           a clinician's written reason to release the refill before the supply runs low
 */
public record RefillFacts(
        String prescriptionState,
        int nextFillNumber,
        int maxFillNumber,
        LocalDate lastFillDay,
        LocalDate today,
        TreatmentBlockers treatment,
        boolean pharmacyLicensedInPatientState,
        boolean fillInTransit,
        long unitsOnHand,
        int unitsPerSession,
        Role requesterRole,
        String onHandOverrideReason) {
}
