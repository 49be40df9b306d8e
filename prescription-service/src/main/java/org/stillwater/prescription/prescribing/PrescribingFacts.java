package org.stillwater.prescription.prescribing;

import java.util.Optional;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.treatment.TreatmentBlockers;

/**
 * What the prescribing rules look at.
 *
 * @param prescriberIsClinician            whether the caller's role is clinician (only a clinician prescribes)
 * @param prescriberLicensedInPatientState whether the prescriber holds a licence for the patient's state of residence
 * @param prescriberDeaNumber              the prescriber's DEA number from the token, if any
 * @param prescriberLastName               the prescriber's last name from the token, if known: the DEA number's second letter
 * @param patientState                     the patient's state of residence (from the approval)
 * @param shipToState                      the state of the address the fill is shipped to
 * @param pharmacyId                       the pharmacy asked for
 * @param pharmacy                         that pharmacy in the registry, if it is there
 * @param protocolMaxDoseMgPerSession      the approved protocol's maximum dose per session
 * @param treatment                        pause, discontinuation and holds of the patient
 */
public record PrescribingFacts(
        boolean prescriberIsClinician,
        boolean prescriberLicensedInPatientState,
        String prescriberDeaNumber,
        Optional<String> prescriberLastName,
        String patientState,
        String shipToState,
        String pharmacyId,
        Optional<Pharmacy> pharmacy,
        int strengthMg,
        int unitsPerSession,
        int quantityPerFill,
        int refills,
        int protocolMaxDoseMgPerSession,
        TreatmentBlockers treatment) {
}
