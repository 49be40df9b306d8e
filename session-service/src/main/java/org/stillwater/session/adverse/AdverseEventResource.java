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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Transition;
import org.stillwater.session.homesession.HomeSession;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

@Path("/api/v1")
@Tag(name = "adverse events")
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
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Report an adverse event; SEVERE or LIFE_THREATENING holds sessions at once (the next start is blocked)")
    @APIResponse(responseCode = "201", description = "the adverse event as recorded",
            content = @Content(schema = @Schema(implementation = AdverseEventView.class)))
    public Response report(@PathParam("patientId") String patientId, @Valid @NotNull AdverseEventRequest request) {
        Patient patient = patients.visibleForUpdate(Ids.uuid("patientId", patientId));
        if (request.sessionId() != null && HomeSession.count("id = ?1 and patientId = ?2", request.sessionId(), patient.id) == 0) {
            throw ProblemException.ruleViolation("unknown-session", "the session named is not one of this patient's",
                    List.of(new Refusal("sessionId", "unknown-session", "name one of this patient's sessions, or none")));
        }
        AdverseEvent event = new AdverseEvent();
        event.id = UUID.randomUUID();
        event.patientId = patient.id;
        event.sessionId = request.sessionId();
        event.severity = request.severity();
        event.category = request.category();
        event.description = request.description();
        event.holdPlaced = request.severity().placesHold();
        event.reportedAt = StoredTime.now(clock);
        event.reportedBy = currentCaller.get().name();
        event.reporterRole = currentCaller.get().role().realmRole();
        transitions.apply(event, Transition.done(new AdverseEventReported(event.id, patient.id, event.sessionId, event.severity.name(),
                event.category.name(), event.holdPlaced, event.reportedAt)));
        if (event.holdPlaced) {
            Hold hold = new Hold();
            hold.adverseEventId = event.id;
            hold.patientId = patient.id;
            hold.placedAt = event.reportedAt;
            hold.persist();
        }
        return Response.status(Response.Status.CREATED).entity(AdverseEventView.of(event)).build();
    }

    @GET
    @Path("/patients/{patientId}/adverse-events")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "The patient's adverse events, newest first (size 1-100)")
    public PagedList<AdverseEventView> list(@PathParam("patientId") String patientId,
                                            @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        var query = AdverseEvent.<AdverseEvent>find("patientId", Sort.by("reportedAt", Direction.Descending).and("id"), patient.id);
        List<AdverseEventView> items = query.page(paging.panache()).list().stream().map(AdverseEventView::of).toList();
        return paging.of(items, query.count());
    }
}
