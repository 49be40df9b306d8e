package org.stillwater.intake.fhir;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.stillwater.fhir.References;
import org.stillwater.fhir.rest.FhirReads;
import org.stillwater.fhir.rest.FhirRequests;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.screening.Intake;

/**
 * {@code Patient/{id}/$everything}: the Patient and their intakes' Observations and QuestionnaireResponses from here,
 * then every entry the other services answer for the patient ({@link OtherServicesRecords}), their Patient references
 * pointed at this service's Patient so each resolves inside the Bundle.
 */
@ApplicationScoped
public class PatientEverything {

    @Inject
    OtherServicesRecords otherServices;

    @Inject
    FhirReads fhir;

    /** The patient's intakes, oldest first. */
    public static List<Intake> intakesOf(Patient patient) {
        return Intake.list("patientId", Sort.by("submittedAt").and("id"), patient.id);
    }

    /**
     * @param uri           the {@code $everything} request, for the Bundle's base and self link
     * @param authorization the caller's {@code Authorization} header, passed on to the other services
     * @throws org.stillwater.edge.problem.ProblemException 503 {@code fhir-source-unavailable} when a service does not answer
     */
    public Bundle of(Patient patient, UriInfo uri, String authorization, String correlationId) {
        List<Intake> intakes = intakesOf(patient);
        List<Resource> own = new ArrayList<>();
        own.add(IntakeFhir.patient(patient));
        intakes.forEach(intake -> own.addAll(IntakeFhir.observations(intake)));
        intakes.forEach(intake -> own.addAll(IntakeFhir.questionnaireResponses(intake)));
        Bundle bundle = fhir.searchSet(uri, own);
        for (Bundle.BundleEntryComponent entry : otherServices.of(patient.id, authorization, correlationId)) {
            References.pointPatientsAt(entry.getResource(), FhirRequests.base(uri));
            bundle.addEntry(entry);
        }
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }
}
