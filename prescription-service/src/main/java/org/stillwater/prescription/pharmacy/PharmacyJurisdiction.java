package org.stillwater.prescription.pharmacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Where a pharmacy may send a patient's fill (DESIGN §6, Prescription: "pharmacy licensed in the patient's state
 * and in the state it ships to"). A Schedule III fill is dispensed to a patient of the state of residence and
 * crosses into the state it is shipped to, so the pharmacy must hold a licence for both. A ship-to address in
 * another state is allowed only through a pharmacy licensed there too. Checked when prescribing, on every refill,
 * when a fill is requested again, at dispatch, and when the shipping address changes.
 */
public final class PharmacyJurisdiction {

    private PharmacyJurisdiction() {
    }

    /**
     * Every reason the pharmacy may not ship this patient's fill to that state: {@code unknown-pharmacy} (not in
     * the registry), {@code pharmacy-not-licensed} (not for the state of residence),
     * {@code pharmacy-not-licensed-in-ship-to-state} (not for the state the fill is shipped to).
     */
    public static List<Refusal> refusals(String pharmacyId, Optional<Pharmacy> pharmacy, String residenceState, String shipToState) {
        List<Refusal> refusals = new ArrayList<>();
        if (pharmacy.isEmpty()) {
            refusals.add(new Refusal("pharmacyId", "unknown-pharmacy",
                    pharmacyId + " is not a pharmacy of the registry (GET /api/v1/pharmacies)"));
            return refusals;
        }
        if (!pharmacy.get().isLicensedIn(residenceState)) {
            refusals.add(new Refusal("pharmacyId", "pharmacy-not-licensed",
                    pharmacyId + " is not licensed to dispense in the patient's state of residence (" + residenceState + ")"));
        }
        if (!shipToState.equals(residenceState) && !pharmacy.get().isLicensedIn(shipToState)) {
            refusals.add(new Refusal("shipTo.state", "pharmacy-not-licensed-in-ship-to-state",
                    pharmacyId + " is not licensed in " + shipToState + ", the state of the shipping address: a Schedule III fill"
                            + " may be shipped there only by a pharmacy licensed in " + shipToState + " and in " + residenceState));
        }
        return refusals;
    }
}
