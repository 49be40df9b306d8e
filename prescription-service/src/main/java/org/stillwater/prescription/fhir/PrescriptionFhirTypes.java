package org.stillwater.prescription.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.stillwater.fhir.CapabilityStatements.Served;
import org.stillwater.fhir.rest.FhirTypes;

/** What prescription-service's {@code /fhir/r4/metadata} lists. */
@ApplicationScoped
public class PrescriptionFhirTypes implements FhirTypes {

    @Override
    public List<Served> served() {
        return List.of(
                new Served("MedicationRequest", true, "ketamine prescriptions (RxNorm 6130, DEA Schedule CIII): dose in mg, lozenges per"
                        + " fill, refills, validity period"),
                new Served("MedicationDispense", true, "delivered fills: lot, lozenges dispensed, when handed over"));
    }
}
