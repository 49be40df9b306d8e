package org.stillwater.checkin.fhir;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.PatientScope;
import org.stillwater.edge.security.Role;
import org.stillwater.fhir.FhirJson;
import org.stillwater.fhir.rest.FhirReads;
import org.stillwater.fhir.rest.FhirRequests;

/**
 * FHIR R4, read-only: check-ins as Encounters and the scales measured at them, to the callers who may see the
 * patient through {@code /api/v1} (the patient, their partner, a clinician licensed in their state; anyone else
 * 404), audited like {@code /api/v1}. Errors are OperationOutcomes.
 */
@Path(FhirRequests.BASE_PATH)
@Tag(name = "FHIR R4")
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Role.PARTNER_ROLE, Role.PATIENT_ROLE, Role.CLINICIAN_ROLE})
public class CheckInFhirResource {

    @Inject
    Patients patients;

    @Inject
    FhirReads fhir;

    @GET
    @Path("/Encounter/{checkInId}")
    @Operation(summary = "A check-in as a virtual Encounter: kind, status, when, the clinician who completed it")
    @APIResponse(responseCode = "200", description = "a FHIR R4 Encounter",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response encounter(@PathParam("checkInId") String checkInId) {
        UUID id = Ids.uuid("checkInId", checkInId);
        CheckIn checkIn = fhir.read("Encounter", id, CheckIn.<CheckIn>findById(id), found -> found.patientId, CheckInFhirResource::patientScope);
        return Response.ok(CheckInFhir.encounter(checkIn)).build();
    }

    @GET
    @Path("/Encounter")
    @Operation(summary = "The patient's check-ins as Encounters, by due time")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of Encounters",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response encounters(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                               @Context UriInfo uri) {
        return fhir.search(uri, checkInsOf(patient).stream().map(CheckInFhir::encounter));
    }

    @GET
    @Path("/Observation")
    @Operation(summary = "The PHQ-9 total (LOINC 44261-6), PHQ-9 item 9 (44260-8) and GAD-7 total (70274-6) measured at the patient's"
            + " completed check-ins")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of Observations",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response observations(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                 @Context UriInfo uri) {
        return fhir.search(uri, checkInsOf(patient).stream().flatMap(checkIn -> CheckInFhir.observations(checkIn).stream()));
    }

    @GET
    @Path("/QuestionnaireResponse")
    @Operation(summary = "The PHQ-9 and GAD-7 answers given at the patient's completed check-ins")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of QuestionnaireResponses",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response questionnaireResponses(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                           @Context UriInfo uri) {
        return fhir.search(uri, checkInsOf(patient).stream().flatMap(checkIn -> CheckInFhir.questionnaireResponses(checkIn).stream()));
    }

    private List<CheckIn> checkInsOf(String patient) {
        return CheckIn.ofPatient(patients.visible(FhirRequests.patient(patient)).id);
    }

    private static PatientScope patientScope(UUID patientId) {
        Patient patient = Patient.findById(patientId);
        return patient == null ? null : patient.scope();
    }
}
