package org.stillwater.session.homesession;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.session.gate.GateDecision;
import org.stillwater.session.gate.GateMetrics;
import org.stillwater.session.gate.Readiness;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

/** Starting a home session: the pre-session safety gate decides, and a blocked attempt is kept with its reasons. */
@Path("/api/v1")
@Tag(name = "sessions")
@RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
public class SessionResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    Readiness readiness;

    @Inject
    Abandonment abandonment;

    @Inject
    SessionSettings settings;

    @Inject
    Transitions transitions;

    @Inject
    GateMetrics gateMetrics;

    @POST
    @Path("/patients/{patientId}/sessions")
    @Transactional
    @Idempotent
    @Operation(summary = "Start a home session: the pre-session safety gate answers 201 with the session, or 422 with every"
            + " reason it is refused (the attempt is recorded either way)")
    @APIResponse(responseCode = "201", description = "the session started",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "the gate refused: every reason, when waiting clears it, and the recorded attempt",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = SessionBlockedProblem.class)))
    public Response start(@PathParam("patientId") String patientId, @Valid @NotNull StartRequest request) {
        Patient patient = patients.visibleForUpdate(Ids.uuid("patientId", patientId));
        abandonment.closeOverdue(patient.id);
        Instant now = readiness.now();
        Readiness.Assessment assessment = readiness.assess(patient, now);
        GateDecision decision = readiness.gate(now).decide(assessment.facts(), request.check());
        Caller caller = currentCaller.get();
        HomeSession attempt = HomeSession.attempt(patient.id, now, caller.name(), caller.role().realmRole(), request);
        HomeSession session = transitions.apply(attempt, SessionLifecycle.start(attempt, decision, assessment.plan(),
                assessment.history().nextSessionNumber()));
        if (session.status == HomeSession.Status.BLOCKED) {
            gateMetrics.blocked(decision);
            return SessionBlockedProblem.answer(session);
        }
        return Response.created(URI.create("/api/v1/sessions/" + session.id)).entity(view(session)).build();
    }

    private SessionView view(HomeSession session) {
        return SessionView.of(session, settings.abandonAfter());
    }
}
