package org.stillwater.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** References between the exported resources: literal ones to what a Stillwater service serves, logical ones to the rest. */
public final class References {

    private References() {
    }

    public static Reference patient(UUID patientId) {
        return new Reference("Patient/" + patientId);
    }

    /** A clinician by NPI where one is on record, else by their user name in the realm; never a Practitioner we do not serve. */
    public static Reference clinician(String userName, String npi) {
        Identifier identifier = npi == null || npi.isBlank()
                ? new Identifier().setSystem(Codes.STILLWATER_CLINICIAN_ID).setValue(userName)
                : new Identifier().setSystem(Codes.NPI).setValue(npi);
        return new Reference().setType("Practitioner").setIdentifier(identifier).setDisplay(userName);
    }

    public static Reference pharmacy(String pharmacyId) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(Codes.STILLWATER_PHARMACY_ID).setValue(pharmacyId))
                .setDisplay("pharmacy " + pharmacyId);
    }
}
