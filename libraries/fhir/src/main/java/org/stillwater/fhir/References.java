package org.stillwater.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

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

    /**
     * Points a resource's relative {@code Patient/{id}} references at the server that serves the Patient, e.g.
     * {@code http://127.0.0.1:8081/fhir/r4/Patient/{id}}. In {@code $everything} a resource from another service keeps
     * its fullUrl on that service, and by the Bundle resolution rules (FHIR R4 Bundle, "Resolving references in
     * Bundles") a relative reference resolves against its own entry's base, where no Patient is served: made absolute,
     * it resolves to the Bundle's Patient entry. Other references, and absolute ones, are left as they are.
     *
     * @param patientBase the FHIR base of the service that serves the Patient, without a trailing slash
     */
    public static void pointPatientsAt(Resource resource, String patientBase) {
        FhirJson.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
                .filter(reference -> reference.hasReference() && reference.getReference().startsWith("Patient/"))
                .forEach(reference -> reference.setReference(patientBase + "/" + reference.getReference()));
    }
}
