package org.stillwater.prescription.shipment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.pharmacy.Pharmacies;
import org.stillwater.prescription.pharmacy.PharmacyJurisdiction;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * The pharmacy's side: the dispatch, signed delivery or failure of a shipment (its list is
 * {@link PharmacyShipmentsResource}). A pharmacist updates the shipments of their own pharmacy ({@code pharmacy_id}
 * claim) only: any other pharmacy's shipment does not exist for them (404).
 */
@Path("/api/v1")
@Tag(name = "shipments")
@RolesAllowed(Role.PHARMACIST_ROLE)
public class ShipmentResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PatientLocks locks;

    @Inject
    Transitions transitions;

    @Inject
    Pharmacies pharmacies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    @Path("/shipments/{shipmentId}/dispatch")
    @Transactional
    @Idempotent
    @Operation(summary = "Record the dispensing and hand-over to the carrier: carrier, tracking number, lot, quantity dispensed, pharmacist's initials")
    public Response dispatch(@PathParam("shipmentId") String shipmentId, @Valid @NotNull DispatchRequest request) {
        Shipment shipment = owned(shipmentId);
        Prescription prescription = Prescription.findById(shipment.prescriptionId);
        ApprovedPatient patient = ApprovedPatient.findById(shipment.patientId);
        List<Refusal> jurisdiction = PharmacyJurisdiction.refusals(shipment.pharmacyId, pharmacies.find(shipment.pharmacyId),
                patient.state, shipment.shipToState);
        transitions.apply(shipment, ShipmentLifecycle.dispatch(shipment, request, prescription.lastFillDay, prescription.expiresAt,
                jurisdiction, clock.instant(), currentCaller.get().name()));
        return Response.ok(ShipmentView.of(shipment, prescription)).build();
    }

    @POST
    @Path("/shipments/{shipmentId}/delivery")
    @Transactional
    @Idempotent
    @Operation(summary = "Record the delivery signed for by an adult: the units dispensed are now on hand")
    public Response deliver(@PathParam("shipmentId") String shipmentId, @Valid @NotNull DeliveryRequest request) {
        Shipment shipment = owned(shipmentId);
        transitions.apply(shipment, ShipmentLifecycle.deliver(shipment, request, clock.instant(), currentCaller.get().name()));
        return Response.ok(ShipmentView.of(shipment, Prescription.findById(shipment.prescriptionId))).build();
    }

    @POST
    @Path("/shipments/{shipmentId}/failure")
    @Transactional
    @Idempotent
    @Operation(summary = "Record that the fill did not reach the patient: LOST, DAMAGED or RETURNED")
    public Response fail(@PathParam("shipmentId") String shipmentId, @Valid @NotNull FailureRequest request) {
        Shipment shipment = owned(shipmentId);
        transitions.apply(shipment, ShipmentLifecycle.fail(shipment, request.reason(), clock.instant(), currentCaller.get().name()));
        return Response.ok(ShipmentView.of(shipment, Prescription.findById(shipment.prescriptionId))).build();
    }

    /** The caller's pharmacy's shipment, locked with its patient; else 404. */
    private Shipment owned(String shipmentId) {
        UUID id = Ids.uuid("shipmentId", shipmentId);
        Shipment shipment = Shipment.findById(id);
        if (shipment != null) {
            audit.patient(shipment.patientId);
        }
        if (shipment == null || !currentCaller.get().pharmacyId().map(shipment.pharmacyId::equals).orElse(false)) {
            throw ProblemException.notFound("shipment " + id);
        }
        locks.lock(shipment.patientId);
        Shipment.getEntityManager().refresh(shipment, LockModeType.PESSIMISTIC_WRITE);
        return shipment;
    }
}
