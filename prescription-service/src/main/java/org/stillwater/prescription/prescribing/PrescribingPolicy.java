package org.stillwater.prescription.prescribing;

import java.util.ArrayList;
import java.util.List;
import org.stillwater.edge.problem.Problem.FieldError;
import org.stillwater.edge.security.Role;

/**
 * The rules of a Schedule III prescription (DESIGN §6, Prescription); every rule that fails is reported.
 * The patient's approval is checked before (no approval: the patient does not exist here).
 */
public final class PrescribingPolicy {

    /** 21 CFR 1306.22: a Schedule III prescription may be refilled at most five times. */
    public static final int MAX_REFILLS = 5;

    private PrescribingPolicy() {
    }

    public static List<FieldError> refusals(PrescribingFacts facts) {
        List<FieldError> refusals = new ArrayList<>();
        if (facts.prescriberRole() != Role.CLINICIAN) {
            refusals.add(new FieldError("prescriber", "prescriber-not-clinician", "only a clinician prescribes"));
        }
        if (!facts.prescriberLicensedInPatientState()) {
            refusals.add(new FieldError("prescriber", "prescriber-not-licensed",
                    "the prescriber holds no licence for the patient's state of residence (" + facts.patientState() + ")"));
        }
        DeaNumber.Check dea = DeaNumber.check(facts.prescriberDeaNumber());
        if (dea != DeaNumber.Check.VALID) {
            refusals.add(new FieldError("prescriber.deaNumber", deaCode(dea),
                    "the prescriber's DEA number " + dea.meaning() + ": a Schedule III prescription needs a valid one"));
        }
        if (facts.pharmacy().isEmpty()) {
            refusals.add(new FieldError("pharmacyId", "unknown-pharmacy", facts.pharmacyId() + " is not a pharmacy of the registry (GET /api/v1/pharmacies)"));
        } else if (!facts.pharmacy().get().isLicensedIn(facts.patientState())) {
            refusals.add(new FieldError("pharmacyId", "pharmacy-not-licensed",
                    facts.pharmacyId() + " is not licensed to dispense in the patient's state (" + facts.patientState() + ")"));
        }
        if (facts.refills() > MAX_REFILLS) {
            refusals.add(new FieldError("refills", "too-many-refills",
                    "a Schedule III prescription allows at most " + MAX_REFILLS + " refills, not " + facts.refills()));
        }
        int dose = facts.strengthMg() * facts.unitsPerSession();
        if (dose > facts.protocolMaxDoseMgPerSession()) {
            refusals.add(new FieldError("unitsPerSession", "dose-above-protocol-maximum",
                    facts.strengthMg() + " mg × " + facts.unitsPerSession() + " = " + dose
                            + " mg per session is above the approved protocol's maximum of " + facts.protocolMaxDoseMgPerSession() + " mg"));
        }
        if (facts.quantityPerFill() < facts.unitsPerSession()) {
            refusals.add(new FieldError("quantityPerFill", "quantity-below-one-session",
                    "a fill of " + facts.quantityPerFill() + " cannot cover one session of " + facts.unitsPerSession() + " units"));
        }
        refusals.addAll(facts.treatment().reasons());
        return refusals;
    }

    private static String deaCode(DeaNumber.Check check) {
        return switch (check) {
            case MISSING -> "dea-number-missing";
            case MALFORMED -> "dea-number-malformed";
            case WRONG_CHECK_DIGIT, VALID -> "dea-number-check-digit";
        };
    }
}
