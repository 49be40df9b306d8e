package org.stillwater.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** In $everything, another service's resources point at the Patient where the Bundle holds it. */
class ReferencesTest {

    private static final String INTAKE_BASE = "http://127.0.0.1:8081/fhir/r4";

    @Test
    void anotherServicesPatientReferenceResolvesToTheBundlesPatientEntry() {
        Patient patient = MappedResourcesValidateTest.patient();
        Bundle bundle = Bundles.searchSet(INTAKE_BASE, INTAKE_BASE + "/Patient/x/$everything", Instant.now(), List.of(patient));
        MedicationRequest prescribed = MappedResourcesValidateTest.medicationRequest(true);

        References.pointPatientsAt(prescribed, INTAKE_BASE);

        assertEquals(bundle.getEntryFirstRep().getFullUrl(), prescribed.getSubject().getReference());
    }

    @Test
    void referencesToAnythingButThePatientAreLeftAsTheyAre() {
        MedicationRequest prescribed = MappedResourcesValidateTest.medicationRequest(true);
        prescribed.getPriorPrescription().setReference("MedicationRequest/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");

        References.pointPatientsAt(prescribed, INTAKE_BASE);

        assertEquals("MedicationRequest/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", prescribed.getPriorPrescription().getReference());
    }

    @Test
    void anAbsolutePatientReferenceIsLeftAsItIs() {
        MedicationRequest prescribed = MappedResourcesValidateTest.medicationRequest(true);
        prescribed.getSubject().setReference("https://ehr.example.org/fhir/Patient/42");

        References.pointPatientsAt(prescribed, INTAKE_BASE);

        assertEquals("https://ehr.example.org/fhir/Patient/42", prescribed.getSubject().getReference());
    }
}
