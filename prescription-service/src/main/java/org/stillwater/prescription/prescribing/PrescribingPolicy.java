package org.stillwater.prescription.prescribing;

import java.util.ArrayList;
import java.util.List;
import org.stillwater.prescription.pharmacy.PharmacyJurisdiction;
import org.stillwater.regulatory.dea.DeaNumber;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * The rules of a Schedule III prescription (DESIGN §6, Prescription); every rule that fails is reported.
 * The patient's approval is checked before (no approval: the patient does not exist here).
 */
public final class PrescribingPolicy {

    /** 21 CFR 1306.22: a Schedule III prescription may be refilled at most five times. */
    public static final int MAX_REFILLS = 5;

    private PrescribingPolicy() {
    }

    public static List<Refusal> refusals(PrescribingFacts facts) {
        List<Refusal> refusals = new ArrayList<>();
        if (!facts.prescriberIsClinician()) {
            refusals.add(new Refusal("prescriber", "prescriber-not-clinician", "only a clinician prescribes"));
        }
        if (!facts.prescriberLicensedInPatientState()) {
            refusals.add(new Refusal("prescriber", "prescriber-not-licensed",
                    "the prescriber holds no licence for the patient's state of residence (" + facts.patientState() + ")"));
        }
        DeaNumber.prescriberProblems(facts.prescriberDeaNumber(), facts.prescriberLastName()).forEach(problem ->
                refusals.add(new Refusal("prescriber.deaNumber", problem.code(), "the prescriber's DEA number " + problem.message()
                        + ": a Schedule III prescription needs a registration of a practitioner or mid-level practitioner")));
        refusals.addAll(PharmacyJurisdiction.refusals(facts.pharmacyId(), facts.pharmacy(), facts.patientState(), facts.shipToState()));
        if (facts.refills() > MAX_REFILLS) {
            refusals.add(new Refusal("refills", "too-many-refills",
                    "a Schedule III prescription allows at most " + MAX_REFILLS + " refills, not " + facts.refills()));
        }
        int dose = facts.strengthMg() * facts.unitsPerSession();
        if (dose > facts.protocolMaxDoseMgPerSession()) {
            refusals.add(new Refusal("unitsPerSession", "dose-above-protocol-maximum",
                    facts.strengthMg() + " mg × " + facts.unitsPerSession() + " = " + dose
                            + " mg per session is above the approved protocol's maximum of " + facts.protocolMaxDoseMgPerSession() + " mg"));
        }
        if (facts.quantityPerFill() < facts.unitsPerSession()) {
            refusals.add(new Refusal("quantityPerFill", "quantity-below-one-session",
                    "a fill of " + facts.quantityPerFill() + " cannot cover one session of " + facts.unitsPerSession() + " units"));
        }
        refusals.addAll(facts.treatment().reasons());
        return refusals;
    }

}
