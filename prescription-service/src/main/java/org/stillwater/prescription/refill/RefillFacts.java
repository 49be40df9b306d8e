package org.stillwater.prescription.refill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.treatment.TreatmentBlockers;

/**
 * What the refill rules look at.
 *
 * @param prescriptionState              null for the active prescription, else why it is not (e.g. "cancelled (SUPERSEDED)")
 * @param nextFillNumber                 the fill number a refill would get (fills of the lineage used + 1)
 * @param maxFillNumber                  the lineage's last fill number (refills authorized + 1)
 * @param lastFillDay                    the last day a fill may be dispensed, in the patient's state
 * @param expiresAt                      when that day ends (where it ends first in the state)
 * @param now                            the time of the request
 * @param pharmacyId                     the prescription's pharmacy
 * @param pharmacy                       that pharmacy in the registry, if it is (still) there
 * @param patientState                   the patient's state of residence
 * @param shipToState                    the state of the address the fill would be shipped to
 * @param fillInTransit                  whether a fill of the patient is requested or dispatched and not yet delivered
 * @param unitsOnHand                    delivered minus used
 * @param requestedByClinician           whether a clinician asks (only a clinician may override the on-hand rule)
 * @param onHandOverrideReason           a clinician's written reason to release the refill before the supply runs low
 */
public record RefillFacts(
        String prescriptionState,
        int nextFillNumber,
        int maxFillNumber,
        LocalDate lastFillDay,
        Instant expiresAt,
        Instant now,
        TreatmentBlockers treatment,
        String pharmacyId,
        Optional<Pharmacy> pharmacy,
        String patientState,
        String shipToState,
        boolean fillInTransit,
        long unitsOnHand,
        int unitsPerSession,
        boolean requestedByClinician,
        String onHandOverrideReason) {
}
