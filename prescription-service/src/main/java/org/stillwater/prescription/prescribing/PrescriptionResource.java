package org.stillwater.prescription.prescribing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.patient.Patients;
import org.stillwater.prescription.pharmacy.Pharmacies;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.prescribing.VisiblePrescriptions.VisiblePrescription;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;
import org.stillwater.prescription.treatment.Treatment;
import org.stillwater.regulatory.refusal.Refusal;

@Path("/api/v1")
@Tag(name = "prescriptions")
public class PrescriptionResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    PatientLocks locks;

    @Inject
    Pharmacies pharmacies;

    @Inject
    Treatment treatment;

    @Inject
    Prescriptions prescriptions;

    @Inject
    VisiblePrescriptions visiblePrescriptions;

    @Inject
    PrescriptionViews views;

    @Inject
    AuditTrail audit;

    @POST
    @Path("/prescriptions")
    @RolesAllowed(Role.CLINICIAN_ROLE)
    @Transactional
    @Idempotent
    @Operation(summary = "Prescribe for an approved patient: supersedes the active prescription, and fill 1 is requested from the pharmacy")
    @APIResponse(responseCode = "201", description = "the prescription, fill 1 requested", content = @Content(schema = @Schema(implementation = PrescriptionView.class)))
    public Response prescribe(@Valid @NotNull PrescriptionRequest request) {
        Caller prescriber = currentCaller.get();
        audit.patient(request.patientId());
        locks.lock(request.patientId());
        ApprovedPatient patient = patients.visible(request.patientId());
        Optional<Pharmacy> pharmacy = pharmacies.find(request.pharmacyId());
        List<Refusal> refusals = PrescribingPolicy.refusals(new PrescribingFacts(prescriber.role() == Role.CLINICIAN,
                prescriber.isLicensedIn(patient.state), prescriber.deaNumber().orElse(null), prescriber.familyName(), patient.state,
                patient.shipToState, request.pharmacyId(), pharmacy, request.strengthMg(), request.unitsPerSession(),
                request.quantityPerFill(), request.refills(), patient.maxDoseMgPerSession, treatment.blockers(patient.id)));
        ProblemException.refuseIfAny("prescription-refused", "the prescription", refusals);
        Prescription prescription = prescriptions.issue(patient, prescriber, request, pharmacy.orElseThrow());
        return Response.created(URI.create("/api/v1/prescriptions/" + prescription.id)).entity(views.of(prescription, patient)).build();
    }

    @GET
    @Path("/prescriptions/{prescriptionId}")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "A prescription with its fills, refills remaining, the patient's units on hand and whether a refill would be released now")
    public PrescriptionView get(@PathParam("prescriptionId") String prescriptionId) {
        VisiblePrescription visible = visiblePrescriptions.find(Ids.uuid("prescriptionId", prescriptionId));
        return views.of(visible.prescription(), visible.patient());
    }

    @POST
    @Path("/prescriptions/{prescriptionId}/cancellation")
    @RolesAllowed(Role.CLINICIAN_ROLE)
    @Transactional
    @Idempotent
    @Operation(summary = "Cancel a prescription with a written reason: no further fills; requested, undispatched fills are cancelled")
    public Response cancel(@PathParam("prescriptionId") String prescriptionId, @Valid @NotNull CancellationRequest request) {
        VisiblePrescription visible = visiblePrescriptions.find(Ids.uuid("prescriptionId", prescriptionId));
        locks.lock(visible.patient().id);
        Prescription prescription = visible.prescription();
        Prescription.getEntityManager().refresh(prescription);
        prescriptions.cancel(prescription, Prescription.CancellationReason.CANCELLED_BY_CLINICIAN, null, currentCaller.get().name(),
                request.reason().trim(), ShipmentCancellationReason.PRESCRIPTION_CANCELLED);
        return Response.ok(views.of(prescription, visible.patient())).build();
    }
}
