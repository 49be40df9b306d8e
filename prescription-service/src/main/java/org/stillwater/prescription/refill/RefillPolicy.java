package org.stillwater.prescription.refill;

import java.util.ArrayList;
import java.util.List;
import org.stillwater.edge.problem.Problem.FieldError;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.pharmacy.PharmacyJurisdiction;
import org.stillwater.prescription.prescribing.PrescriptionExpiry;

/**
 * When the next fill is released (DESIGN §6): the prescription is active with refills remaining and not expired;
 * treatment is not paused, discontinued or held; the pharmacy is licensed in the patient's state of residence and in
 * the state of the shipping address ({@link PharmacyJurisdiction}); no earlier fill
 * is still on its way; and the units on hand cover at most one more session. Only that last rule may be
 * overridden, by a clinician with a written reason. Every failing rule is reported.
 */
public final class RefillPolicy {

    /** The refill decision: every reason it is refused, and whether the clinician's override released it early. */
    public record Decision(List<FieldError> refusals, boolean onHandRuleOverridden) {

        public boolean released() {
            return refusals.isEmpty();
        }
    }

    private RefillPolicy() {
    }

    public static Decision decide(RefillFacts facts) {
        List<FieldError> refusals = new ArrayList<>();
        if (facts.prescriptionState() != null) {
            refusals.add(new FieldError("prescriptionId", "prescription-not-active",
                    "this prescription is " + facts.prescriptionState() + ": no further fills"));
        }
        if (facts.nextFillNumber() > facts.maxFillNumber()) {
            refusals.add(new FieldError("refills", "no-refills-remaining",
                    "all " + (facts.maxFillNumber() - 1) + " refills of this prescription were released"));
        }
        if (PrescriptionExpiry.expired(facts.expiresAt(), facts.now())) {
            refusals.add(new FieldError("lastFillDay", "prescription-expired",
                    "no fill after " + facts.lastFillDay() + ", six months after the prescription was issued"));
        }
        refusals.addAll(facts.treatment().reasons());
        refusals.addAll(PharmacyJurisdiction.refusals(facts.pharmacyId(), facts.pharmacy(), facts.patientState(), facts.shipToState()));
        if (facts.fillInTransit()) {
            refusals.add(new FieldError("fills", "fill-in-transit",
                    "a fill is still on its way: the next one is released once it is delivered or reported failed"));
        }
        boolean override = facts.onHandOverrideReason() != null;
        if (override && facts.requesterRole() != Role.CLINICIAN) {
            refusals.add(new FieldError("onHandOverrideReason", "override-requires-clinician",
                    "only a clinician may release a refill early"));
        }
        boolean tooEarly = facts.unitsOnHand() > facts.unitsPerSession();
        if (tooEarly && !override) {
            refusals.add(new FieldError("unitsOnHand", "units-on-hand-cover-more-than-one-session",
                    facts.unitsOnHand() + " troches on hand cover more than one session of " + facts.unitsPerSession()
                            + ": a refill is released when at most " + facts.unitsPerSession()
                            + " remain (earlier only by a clinician, with a written reason)"));
        }
        return new Decision(refusals, tooEarly && override && refusals.isEmpty());
    }
}
