package org.stillwater.prescription.shipment;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;

/**
 * Ops' view of the shipments stuck at their pharmacy: requested, raised as stalled by {@link StuckShipments} and
 * still not dispatched. Ids and times only; what to do about one is between ops and the pharmacy.
 */
@Path("/api/v1/shipments/stalled")
@Tag(name = "shipments")
@RolesAllowed(Role.OPS_ROLE)
public class StalledShipmentResource {

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Requested shipments not dispatched for stillwater.shipments.stalled-after-days days (default 3), longest waiting first")
    public PagedList<StalledShipment> list(@QueryParam("patientId") @Parameter(description = "only this patient's", schema = @Schema(format = "uuid"))
                                           String patientId,
                                           @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Sort order = Sort.ascending("requestedAt").and("id");
        var query = patientId == null || patientId.isEmpty()
                ? Shipment.<Shipment>find("status = ?1 and stalledAt is not null", order, ShipmentStatus.REQUESTED)
                : Shipment.<Shipment>find("status = ?1 and stalledAt is not null and patientId = ?2", order, ShipmentStatus.REQUESTED,
                        Ids.uuid("patientId", patientId));
        List<Shipment> shipments = query.page(Page.of(paging.page(), paging.size())).list();
        audit.patients(shipments.stream().map(shipment -> shipment.patientId).distinct().toList());
        return paging.of(shipments.stream().map(StalledShipment::of).toList(), query.count());
    }
}
