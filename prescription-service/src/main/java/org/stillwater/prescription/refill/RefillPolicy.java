package org.stillwater.prescription.refill;

import java.util.ArrayList;
import java.util.List;
import org.stillwater.prescription.pharmacy.PharmacyJurisdiction;
import org.stillwater.prescription.prescribing.PrescriptionExpiry;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * When the next fill is released (DESIGN §6): the prescription is active with refills remaining and not expired;
 * treatment is not paused, discontinued or held; the pharmacy is licensed in the patient's state of residence and in
 * the state of the shipping address ({@link PharmacyJurisdiction}); no earlier fill
 * is still on its way; and the units on hand cover at most one more session. Only that last rule may be
 * overridden, by a clinician with a written reason. Every failing rule is reported.
 */
public final class RefillPolicy {

    /** The refill decision: every reason it is refused, and whether the clinician's override released it early. */
    public record Decision(List<Refusal> refusals, boolean onHandRuleOverridden) {

        public boolean released() {
            return refusals.isEmpty();
        }
    }

    private RefillPolicy() {
    }

    public static Decision decide(RefillFacts facts) {
        List<Refusal> refusals = new ArrayList<>();
        if (facts.prescriptionState() != null) {
            refusals.add(new Refusal("prescriptionId", "prescription-not-active",
                    "this prescription is " + facts.prescriptionState() + ": no further fills"));
        }
        if (facts.nextFillNumber() > facts.maxFillNumber()) {
            refusals.add(new Refusal("refills", "no-refills-remaining",
                    "all " + (facts.maxFillNumber() - 1) + " refills of this prescription were released"));
        }
        if (PrescriptionExpiry.expired(facts.expiresAt(), facts.now())) {
            refusals.add(new Refusal("lastFillDay", "prescription-expired",
                    "no fill after " + facts.lastFillDay() + ", six months after the prescription was issued"));
        }
        refusals.addAll(facts.treatment().reasons());
        refusals.addAll(PharmacyJurisdiction.refusals(facts.pharmacyId(), facts.pharmacy(), facts.patientState(), facts.shipToState()));
        if (facts.fillInTransit()) {
            refusals.add(new Refusal("fills", "fill-in-transit",
                    "a fill is still on its way: the next one is released once it is delivered or reported failed"));
        }
        boolean override = facts.onHandOverrideReason() != null;
        if (override && !facts.requestedByClinician()) {
            refusals.add(new Refusal("onHandOverrideReason", "override-requires-clinician",
                    "only a clinician may release a refill early"));
        }
        boolean tooEarly = facts.unitsOnHand() > facts.unitsPerSession();
        if (tooEarly && !override) {
            refusals.add(new Refusal("unitsOnHand", "units-on-hand-cover-more-than-one-session",
                    facts.unitsOnHand() + " lozenges on hand cover more than one session of " + facts.unitsPerSession()
                            + ": a refill is released when at most " + facts.unitsPerSession()
                            + " remain (earlier only by a clinician, with a written reason)"));
        }
        return new Decision(refusals, tooEarly && override && refusals.isEmpty());
    }
}
