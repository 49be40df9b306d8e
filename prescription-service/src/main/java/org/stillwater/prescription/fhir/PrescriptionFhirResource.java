package org.stillwater.prescription.fhir;

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
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.patient.Patients;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.prescription.shipment.Shipment;

/**
 * FHIR R4, read-only: prescriptions and delivered fills, to the callers who may see the patient through
 * {@code /api/v1} (the patient, their partner, a clinician licensed in their state; anyone else 404), audited like
 * {@code /api/v1}. Errors are OperationOutcomes.
 */
@Path(FhirRequests.BASE_PATH)
@Tag(name = "FHIR R4")
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Role.PARTNER_ROLE, Role.PATIENT_ROLE, Role.CLINICIAN_ROLE})
public class PrescriptionFhirResource {

    @Inject
    Patients patients;

    @Inject
    FhirReads fhir;

    @GET
    @Path("/MedicationRequest/{prescriptionId}")
    @Operation(summary = "A prescription as a MedicationRequest: ketamine (RxNorm 6130), Schedule CIII, dose in mg, lozenges per fill,"
            + " refills, validity period")
    @APIResponse(responseCode = "200", description = "a FHIR R4 MedicationRequest",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response medicationRequest(@PathParam("prescriptionId") String prescriptionId) {
        UUID id = Ids.uuid("prescriptionId", prescriptionId);
        Prescription prescription = fhir.read("MedicationRequest", id, Prescription.<Prescription>findById(id), found -> found.patientId,
                PrescriptionFhirResource::patientScope);
        return Response.ok(PrescriptionFhir.medicationRequest(prescription)).build();
    }

    @GET
    @Path("/MedicationRequest")
    @Operation(summary = "The patient's prescriptions, newest first, cancelled ones as stopped")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of MedicationRequests",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response medicationRequests(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                       @Context UriInfo uri) {
        ApprovedPatient visible = patients.visible(FhirRequests.patient(patient));
        return fhir.search(uri, Prescription.<Prescription>list("patientId", Sort.descending("issuedAt").and("id"), visible.id).stream()
                .map(PrescriptionFhir::medicationRequest));
    }

    @GET
    @Path("/MedicationDispense/{shipmentId}")
    @Operation(summary = "A delivered fill as a MedicationDispense: lot, lozenges dispensed, when handed over (a fill not delivered: 404)")
    @APIResponse(responseCode = "200", description = "a FHIR R4 MedicationDispense",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response medicationDispense(@PathParam("shipmentId") String shipmentId) {
        UUID id = Ids.uuid("shipmentId", shipmentId);
        Shipment shipment = fhir.read("MedicationDispense", id, Shipment.<Shipment>findById(id), found -> found.patientId,
                PrescriptionFhirResource::patientScope, PrescriptionFhir::isDispensed);
        return Response.ok(PrescriptionFhir.medicationDispense(shipment)).build();
    }

    @GET
    @Path("/MedicationDispense")
    @Operation(summary = "The patient's delivered fills, in the order they were handed over")
    @APIResponse(responseCode = "200", description = "a FHIR R4 searchset Bundle of MedicationDispenses",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response medicationDispenses(@Parameter(description = "the patient: Patient/{id} or {id}", required = true) @QueryParam("patient") String patient,
                                        @Context UriInfo uri) {
        ApprovedPatient visible = patients.visible(FhirRequests.patient(patient));
        return fhir.search(uri, Shipment.<Shipment>list("patientId", Sort.by("deliveredAt").and("id"), visible.id).stream()
                .filter(PrescriptionFhir::isDispensed).map(PrescriptionFhir::medicationDispense));
    }

    /** Only a patient approved for treatment here is anyone's to see. */
    private static PatientScope patientScope(UUID patientId) {
        ApprovedPatient patient = ApprovedPatient.findById(patientId);
        return patient == null ? null : patient.scope();
    }
}
