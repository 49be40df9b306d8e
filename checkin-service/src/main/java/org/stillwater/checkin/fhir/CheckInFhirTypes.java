package org.stillwater.checkin.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.stillwater.fhir.CapabilityStatements.Served;
import org.stillwater.fhir.rest.FhirTypes;

/** What checkin-service's {@code /fhir/r4/metadata} lists. */
@ApplicationScoped
public class CheckInFhirTypes implements FhirTypes {

    @Override
    public List<Served> served() {
        return List.of(
                new Served("Encounter", true, "virtual check-ins (class VR): planned while scheduled or missed, finished once completed"),
                new Served("Observation", false, "PHQ-9 total (LOINC 44261-6), PHQ-9 item 9 (44260-8) and GAD-7 total (70274-6) measured at"
                        + " completed check-ins"),
                new Served("QuestionnaireResponse", false, "the PHQ-9 and GAD-7 answers given at completed check-ins"));
    }
}
