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
import org.stillwater.edge.problem.ProblemMappers;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.session.gate.GateDecision;
import org.stillwater.session.gate.GateMetrics;
import org.stillwater.session.gate.Readiness;
import org.stillwater.session.medication.Medication;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

@Path("/api/v1")
@Tag(name = "sessions")
public class SessionResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

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

    @Inject
    GateMetrics gateMetrics;

    @Inject
    AuditTrail audit;

    @POST
    @Path("/patients/{patientId}/sessions")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
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
        HomeSession attempt = HomeSession.attempt(patient.id, now, currentCaller.get().name(), currentCaller.get().role().realmRole(), request);
        int sessionNumber = (int) HomeSession.count("patientId = ?1 and sessionNumber is not null", patient.id) + 1;
        HomeSession session = transitions.apply(attempt, SessionLifecycle.start(attempt, decision, assessment.plan(), sessionNumber));
        if (session.status == HomeSession.Status.BLOCKED) {
            gateMetrics.blocked(decision);
            return SessionBlockedProblem.answer(session);
        }
        return Response.created(URI.create("/api/v1/sessions/" + session.id)).entity(view(session)).build();
    }

    @POST
    @Path("/sessions/{sessionId}/dose")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Log the dose taken while the session is in progress: it counts even if the session is never completed")
    @APIResponse(responseCode = "200", description = "the session with its logged dose",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response logDose(@PathParam("sessionId") String sessionId, @Valid @NotNull DoseRequest request) {
        UUID id = Ids.uuid("sessionId", sessionId);
        HomeSession session = lockedForLog(id);
        if (abandonment.closeIfOverdue(session)) {
            return closedNow(session, "/api/v1/sessions/" + id + "/dose");
        }
        transitions.apply(session, SessionLifecycle.logDose(session, request.doseMg(), request.unitsUsed(),
                medication.units(session.patientId).onHand(), readiness.now(), settings.abandonAfter()));
        return Response.ok(view(session)).build();
    }

    @POST
    @Path("/sessions/{sessionId}/completion")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Complete a session: dose, units, onset, duration, intensity, side effects, blood pressure after, mood"
            + " and journal (the journal never leaves this service); once per session")
    @APIResponse(responseCode = "200", description = "the completed session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response complete(@PathParam("sessionId") String sessionId, @Valid @NotNull CompletionRequest request) {
        UUID id = Ids.uuid("sessionId", sessionId);
        HomeSession session = lockedForLog(id);
        if (abandonment.closeIfOverdue(session)) {
            return closedNow(session, "/api/v1/sessions/" + id + "/completion");
        }
        transitions.apply(session, SessionLifecycle.complete(session, request, medication.units(session.patientId).onHand(),
                readiness.now(), currentCaller.get().name(), settings.abandonAfter()));
        return Response.ok(view(session)).build();
    }

    /** The caller's session, loaded after its patient's row is locked; someone else's session is 404. */
    private HomeSession lockedForLog(UUID id) {
        UUID patientId = HomeSession.patientOf(id);
        if (patientId == null) {
            throw ProblemException.notFound("session " + id);
        }
        audit.patient(patientId);
        patients.visibleForUpdate(patientId);
        return HomeSession.findById(id);
    }

    /** The session was just closed as ABANDONED: answered 409 without throwing, so the closing commits. */
    private Response closedNow(HomeSession session, String path) {
        return ProblemMappers.respond(ProblemException.of(SessionLifecycle.abandoned(session, settings.abandonAfter())).toProblem(path));
    }

    private SessionView view(HomeSession session) {
        return SessionView.of(session, settings.abandonAfter());
    }
}
