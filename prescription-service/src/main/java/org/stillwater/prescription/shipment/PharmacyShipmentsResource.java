package org.stillwater.prescription.shipment;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.prescribing.Prescription;

/**
 * The pharmacy's shipments by status, oldest request first. A pharmacist sees the shipments of their own pharmacy
 * ({@code pharmacy_id} claim) only: any other pharmacy does not exist for them (404).
 */
@Path("/api/v1")
@Tag(name = "shipments")
@RolesAllowed(Role.PHARMACIST_ROLE)
public class PharmacyShipmentsResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @GET
    @Path("/pharmacies/{pharmacyId}/shipments")
    @Operation(summary = "The pharmacy's shipments, oldest request first, optionally of one status (REQUESTED, DISPATCHED, DELIVERED, FAILED, CANCELLED)")
    public PagedList<ShipmentView> list(@PathParam("pharmacyId") String pharmacyId, @QueryParam("status")
                                        @Parameter(description = "only shipments of this status", schema = @Schema(implementation = ShipmentStatus.class))
                                        String status,
                                        @BeanParam PageParameters pages) {
        if (!currentCaller.get().pharmacyId().map(pharmacyId::equals).orElse(false)) {
            throw ProblemException.notFound("pharmacy " + pharmacyId);
        }
        PageRequest paging = pages.request();
        Sort order = Sort.ascending("requestedAt").and("id");
        var query = status == null || status.isEmpty()
                ? Shipment.<Shipment>find("pharmacyId", order, pharmacyId)
                : Shipment.<Shipment>find("pharmacyId = ?1 and status = ?2", order, pharmacyId, status(status));
        List<Shipment> shipments = query.page(Page.of(paging.page(), paging.size())).list();
        audit.patients(shipments.stream().map(shipment -> shipment.patientId).distinct().toList());
        List<UUID> prescriptionIds = shipments.stream().map(shipment -> shipment.prescriptionId).distinct().toList();
        Map<UUID, Prescription> prescriptions = prescriptionIds.isEmpty() ? Map.of()
                : Prescription.<Prescription>list("id in ?1", prescriptionIds).stream()
                .collect(Collectors.toMap(prescription -> prescription.id, Function.identity()));
        return new PagedList<>(shipments.stream().map(shipment -> ShipmentView.of(shipment, prescriptions.get(shipment.prescriptionId))).toList(),
                paging.page(), paging.size(), query.count());
    }

    private static ShipmentStatus status(String value) {
        try {
            return ShipmentStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "invalid-value", "status must be one of "
                    + Arrays.stream(ShipmentStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
