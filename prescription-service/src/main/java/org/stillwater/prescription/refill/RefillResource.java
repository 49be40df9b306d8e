package org.stillwater.prescription.refill;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
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
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.edge.security.Role;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.prescription.shipment.Fills;
import org.stillwater.prescription.shipment.Shipment;

@Path("/api/v1")
@Tag(name = "refills")
public class RefillResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PatientLocks locks;

    @Inject
    Refills refills;

    @Inject
    Fills fills;

    @Inject
    AuditTrail audit;

    @POST
    @Path("/prescriptions/{prescriptionId}/refills")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Release the next fill: 201 with the fill requested from the pharmacy, or 409 with every reason it is not released yet")
    @APIResponse(responseCode = "201", description = "the fill requested from the pharmacy", content = @Content(schema = @Schema(implementation = RefillView.class)))
    public Response request(@PathParam("prescriptionId") String prescriptionId, @Valid RefillRequest request) {
        UUID id = Ids.uuid("prescriptionId", prescriptionId);
        Caller caller = currentCaller.get();
        Prescription prescription = Prescription.findById(id);
        if (prescription != null) {
            audit.patient(prescription.patientId);
        }
        ApprovedPatient patient = prescription == null ? null : ApprovedPatient.findById(prescription.patientId);
        if (patient == null || !PatientAccess.maySee(caller, patient.scope())) {
            throw ProblemException.notFound("prescription " + id);
        }
        locks.lock(patient.id);
        Prescription.getEntityManager().refresh(prescription);

        String overrideReason = request == null || request.onHandOverrideReason() == null ? null : request.onHandOverrideReason().trim();
        Supply supply = refills.supply(prescription);
        RefillPolicy.Decision decision = RefillPolicy.decide(refills.facts(prescription, patient, supply, caller.role(), overrideReason));
        if (!decision.released()) {
            throw ProblemException.conflict("refill-refused",
                    "the refill is not released: " + decision.refusals().size() + " reason(s)", decision.refusals());
        }
        Shipment fill = fills.request(prescription, patient.shipTo(), caller.name(), caller.role().realmRole());
        fill.unitsOnHandAtRequest = (int) supply.unitsOnHand();
        fill.onHandOverrideReason = decision.onHandRuleOverridden() ? overrideReason : null;
        return Response.created(URI.create("/api/v1/prescriptions/" + prescription.id))
                .entity(RefillView.of(fill, prescription.refillsRemaining(Fills.fillsUsed(prescription.lineageId))))
                .build();
    }
}
