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
import java.time.Instant;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.contracts.EventData;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.problem.ProblemMappers;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;
import org.stillwater.session.gate.Readiness;
import org.stillwater.session.medication.Medication;

/** The log of a started session: the dose taken while it is in progress, and its completion (DESIGN §6). */
@Path("/api/v1")
@Tag(name = "sessions")
@RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
public class SessionLogResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HomeSessions sessions;

    @Inject
    Readiness readiness;

    @Inject
    Medication medication;

    @Inject
    Abandonment abandonment;

    @Inject
    SessionSettings settings;

    @Inject
    Transitions transitions;

    @POST
    @Path("/sessions/{sessionId}/dose")
    @Transactional
    @Idempotent
    @Operation(summary = "Log the dose taken while the session is in progress: it counts even if the session is never completed")
    @APIResponse(responseCode = "200", description = "the session with its logged dose",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response logDose(@PathParam("sessionId") String sessionId, @Valid @NotNull DoseRequest request) {
        return logTo(sessionId, "dose", (session, now) -> SessionLifecycle.logDose(session, request.doseMg(), request.unitsUsed(),
                medication.units(session.patientId).onHand(), now, settings.abandonAfter()));
    }

    @POST
    @Path("/sessions/{sessionId}/completion")
    @Transactional
    @Idempotent
    @Operation(summary = "Complete a session: dose, units, onset, duration, intensity, side effects, blood pressure after, mood"
            + " and journal (the journal never leaves this service); once per session")
    @APIResponse(responseCode = "200", description = "the completed session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response complete(@PathParam("sessionId") String sessionId, @Valid @NotNull CompletionRequest request) {
        return logTo(sessionId, "completion", (session, now) -> SessionLifecycle.complete(session, request,
                medication.units(session.patientId).onHand(), now, currentCaller.get().name(), settings.abandonAfter()));
    }

    /**
     * Applies a transition of the session log to the caller's session, its patient's row locked. A session overdue is
     * closed as ABANDONED first and the request answered 409 without throwing, so the closing commits.
     *
     * @param action the path below the session, named by the 409
     */
    private Response logTo(String sessionId, String action, BiFunction<HomeSession, Instant, Transition<EventData>> transition) {
        HomeSession session = sessions.visibleForUpdate(Ids.uuid("sessionId", sessionId));
        if (abandonment.closeIfOverdue(session)) {
            Refused abandoned = SessionLifecycle.abandoned(session, settings.abandonAfter());
            return ProblemMappers.respond(ProblemException.of(abandoned).toProblem("/api/v1/sessions/" + session.id + "/" + action));
        }
        transitions.apply(session, transition.apply(session, readiness.now()));
        return Response.ok(view(session)).build();
    }

    private SessionView view(HomeSession session) {
        return SessionView.of(session, settings.abandonAfter());
    }
}
