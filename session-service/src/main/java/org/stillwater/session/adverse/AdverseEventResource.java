package org.stillwater.session.adverse;

import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Sort.Direction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.regulatory.refusal.Transition;
import org.stillwater.session.homesession.HomeSession;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

@Path("/api/v1")
@Tag(name = "adverse events")
@RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
public class AdverseEventResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @POST
    @Path("/patients/{patientId}/adverse-events")
    @Transactional
    @Idempotent
    @Operation(summary = "Report an adverse event; SEVERE or LIFE_THREATENING holds sessions at once (the next start is blocked)")
    @APIResponse(responseCode = "201", description = "the adverse event as recorded",
            content = @Content(schema = @Schema(implementation = AdverseEventView.class)))
    public Response report(@PathParam("patientId") String patientId, @Valid @NotNull AdverseEventRequest request) {
        Patient patient = patients.visibleForUpdate(Ids.uuid("patientId", patientId));
        boolean namedSessionIsThePatients = request.sessionId() != null
                && Counts.any(HomeSession.class, "id = ?1 and patientId = ?2", request.sessionId(), patient.id);
        AdverseEventLifecycle.Reported reported = AdverseEventLifecycle.report(patient.id, request, namedSessionIsThePatients,
                new AdverseEventLifecycle.Reporter(currentCaller.get().name(), currentCaller.get().role().realmRole()), StoredTime.now(clock));
        AdverseEvent event = transitions.apply(reported.event(), reported.transition());
        reported.hold().ifPresent(hold -> transitions.apply(hold, Transition.done()));
        return Response.status(Response.Status.CREATED).entity(AdverseEventView.of(event)).build();
    }

    @GET
    @Path("/patients/{patientId}/adverse-events")
    @Operation(summary = "The patient's adverse events, newest first (size 1-100)")
    public PagedList<AdverseEventView> list(@PathParam("patientId") String patientId,
                                            @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        return paging.of(AdverseEvent.<AdverseEvent>find("patientId", Sort.by("reportedAt", Direction.Descending).and("id"), patient.id),
                AdverseEventView::of);
    }
}
