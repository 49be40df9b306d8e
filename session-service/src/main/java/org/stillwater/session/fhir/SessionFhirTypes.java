package org.stillwater.session.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.stillwater.fhir.CapabilityStatements.Served;
import org.stillwater.fhir.rest.FhirTypes;

/** What session-service's {@code /fhir/r4/metadata} lists. */
@ApplicationScoped
public class SessionFhirTypes implements FhirTypes {

    @Override
    public List<Served> served() {
        return List.of(
                new Served("AdverseEvent", true, "reported adverse events, ketamine the suspect; the description stays in session-service"),
                new Served("Observation", false, "blood pressure panels (85354-9, mm[Hg]) before each home session and after a completed one"));
    }
}
