package org.stillwater.intake.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.CorrelationId;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;
import org.stillwater.fhir.FhirJson;
import org.stillwater.fhir.rest.FhirReads;
import org.stillwater.fhir.rest.FhirRequests;
import org.stillwater.intake.patient.Patients;
import org.stillwater.intake.screening.Intake;

/**
 * FHIR R4, read-only, for EHRs and payers: the patients and intakes this service owns, to the callers who may
 * see them through {@code /api/v1} (the patient, their partner, a clinician licensed in their state; anyone else
 * 404), audited like {@code /api/v1}. Errors are OperationOutcomes.
 */
@Path(FhirRequests.BASE_PATH)
@Tag(name = "FHIR R4")
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Role.PARTNER_ROLE, Role.PATIENT_ROLE, Role.CLINICIAN_ROLE})
public class IntakeFhirResource {

    @Inject
    Patients patients;

    @Inject
    PatientEverything everything;

    @Inject
    FhirReads fhir;

    @GET
    @Path("/Patient/{patientId}")
    @Operation(summary = "A patient as a FHIR Patient: name, birth date, telecom, address, emergency contact, partner")
    @APIResponse(responseCode = "200", description = "a FHIR R4 Patient",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response patient(@PathParam("patientId") String patientId) {
        return Response.ok(IntakeFhir.patient(patients.visible(Ids.uuid("patientId", patientId)))).build();
    }

    @GET
    @Path("/Observation")
    @Operation(summary = "The patient's intake Observations: PHQ-9 total (LOINC 44261-6), PHQ-9 item 9 (44260-8), GAD-7 total"
            + " (70274-6) and blood pressure panel (85354-9, mm[Hg]), oldest intake first")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of Observations",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response observations(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                 @Context UriInfo uri) {
        return fhir.search(uri, intakesOf(patient).stream().flatMap(intake -> IntakeFhir.observations(intake).stream()));
    }

    @GET
    @Path("/QuestionnaireResponse")
    @Operation(summary = "The patient's PHQ-9 and GAD-7 answers of each intake, oldest first")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of QuestionnaireResponses",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response questionnaireResponses(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                           @Context UriInfo uri) {
        return fhir.search(uri, intakesOf(patient).stream().flatMap(intake -> IntakeFhir.questionnaireResponses(intake).stream()));
    }

    @GET
    @Path("/Patient/{patientId}/$everything")
    @Operation(summary = "Everything Stillwater holds of the patient as one Bundle: the Patient and their intakes' Observations and"
            + " QuestionnaireResponses from here; MedicationRequests and MedicationDispenses (prescription-service), AdverseEvents and"
            + " blood pressure (session-service), Encounters, Observations and QuestionnaireResponses (checkin-service), each read with"
            + " the caller's own token. 503 when one of them does not answer: never a partial record")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response everything(@PathParam("patientId") String patientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @HeaderParam(CorrelationId.HEADER) String correlationId, @Context UriInfo uri) {
        return Response.ok(everything.of(patients.visible(Ids.uuid("patientId", patientId)), uri, authorization, correlationId)).build();
    }

    /** The same operation for a client that percent-encodes the {@code $} ({@code %24everything}); not documented twice. */
    @GET
    @Path("/Patient/{patientId}/%24everything")
    @Operation(hidden = true)
    public Response everythingEncoded(@PathParam("patientId") String patientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                      @HeaderParam(CorrelationId.HEADER) String correlationId, @Context UriInfo uri) {
        return everything(patientId, authorization, correlationId, uri);
    }

    private List<Intake> intakesOf(String patient) {
        return PatientEverything.intakesOf(patients.visible(FhirRequests.patient(patient)));
    }
}
