package org.stillwater.intake.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.stillwater.fhir.CapabilityStatements.Served;
import org.stillwater.fhir.rest.FhirTypes;

/** What intake-service's {@code /fhir/r4/metadata} lists. */
@ApplicationScoped
public class IntakeFhirTypes implements FhirTypes {

    @Override
    public List<Served> served() {
        return List.of(
                new Served("Patient", true, "registered patients; Patient/{id}/$everything gathers the records of all four services"),
                new Served("Observation", false, "at each intake: PHQ-9 total (LOINC 44261-6), PHQ-9 item 9 (44260-8), GAD-7 total (70274-6),"
                        + " blood pressure panel (85354-9)"),
                new Served("QuestionnaireResponse", false, "the PHQ-9 and GAD-7 answers of each intake"));
    }
}
