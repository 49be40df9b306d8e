package org.stillwater.session.fhir;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.PatientScope;
import org.stillwater.edge.security.Role;
import org.stillwater.fhir.FhirJson;
import org.stillwater.fhir.rest.FhirReads;
import org.stillwater.fhir.rest.FhirRequests;
import org.stillwater.session.adverse.AdverseEvent;
import org.stillwater.session.homesession.HomeSession;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

/**
 * FHIR R4, read-only: adverse events and home-session blood pressure, to the callers who may see the patient
 * through {@code /api/v1} (the patient, their partner, a clinician licensed in their state; anyone else 404),
 * audited like {@code /api/v1}. Errors are OperationOutcomes.
 */
@Path(FhirRequests.BASE_PATH)
@Tag(name = "FHIR R4")
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Role.PARTNER_ROLE, Role.PATIENT_ROLE, Role.CLINICIAN_ROLE})
public class SessionFhirResource {

    @Inject
    Patients patients;

    @Inject
    FhirReads fhir;

    @GET
    @Path("/AdverseEvent/{adverseEventId}")
    @Operation(summary = "A reported adverse event: category, seriousness, severity, when, ketamine the suspect")
    @APIResponse(responseCode = "200", description = "a FHIR R4 AdverseEvent",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response adverseEvent(@PathParam("adverseEventId") String adverseEventId) {
        UUID id = Ids.uuid("adverseEventId", adverseEventId);
        AdverseEvent event = fhir.read("AdverseEvent", id, AdverseEvent.<AdverseEvent>findById(id), found -> found.patientId,
                SessionFhirResource::patientScope);
        return Response.ok(SessionFhir.adverseEvent(event)).build();
    }

    @GET
    @Path("/AdverseEvent")
    @Operation(summary = "The patient's adverse events, in the order they were reported")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of AdverseEvents",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response adverseEvents(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                  @Context UriInfo uri) {
        Patient visible = patients.visible(FhirRequests.patient(patient));
        return fhir.search(uri, AdverseEvent.<AdverseEvent>list("patientId", Sort.by("reportedAt").and("id"), visible.id).stream()
                .map(SessionFhir::adverseEvent));
    }

    @GET
    @Path("/Observation")
    @Operation(summary = "The patient's blood pressure panels (LOINC 85354-9, mm[Hg]) before each home session (blocked attempts"
            + " included) and after each completed one, oldest first")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of Observations",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response observations(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                 @Context UriInfo uri) {
        Patient visible = patients.visible(FhirRequests.patient(patient));
        return fhir.search(uri, HomeSession.<HomeSession>list("patientId", Sort.by("attemptedAt").and("id"), visible.id).stream()
                .flatMap(session -> SessionFhir.bloodPressures(session).stream()));
    }

    /** Only a patient approved for treatment is anyone's to see. */
    private static PatientScope patientScope(UUID patientId) {
        Patient patient = Patient.findById(patientId);
        return patient == null || !patient.isApproved() ? null : patient.scope();
    }
}
