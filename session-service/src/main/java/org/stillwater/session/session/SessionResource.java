package org.stillwater.session.session;

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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.session.SessionBlocked;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.contracts.session.SessionStarted;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.Problem;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.problem.ProblemMappers;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.validation.BloodPressureReading;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.session.gate.DosingPlan;
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
    Outbox outbox;

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
        UUID id = Ids.uuid("patientId", patientId);
        Patient patient = patients.visibleForUpdate(id);
        abandonment.closeOverdue(patient.id);
        Instant now = readiness.now();
        Readiness.Assessment assessment = readiness.assess(patient, now);
        GateDecision decision = readiness.gate(now).decide(assessment.facts(), request.check());

        HomeSession session = new HomeSession();
        session.id = UUID.randomUUID();
        session.patientId = patient.id;
        session.attemptedAt = now;
        session.attemptedBy = currentCaller.get().name();
        session.attemptedByRole = currentCaller.get().role().realmRole();
        session.preSessionCheck = request;
        session.bpBeforeSystolic = request.bloodPressure().systolic();
        session.bpBeforeDiastolic = request.bloodPressure().diastolic();
        session.reasons = decision.reasons();
        session.retryAfter = decision.retryAfter();
        session.urgentEscalation = decision.urgentEscalation();
        if (!decision.passes()) {
            return blocked(session, decision);
        }
        DosingPlan plan = assessment.plan().orElseThrow();
        session.status = HomeSession.Status.IN_PROGRESS;
        session.sessionNumber = (int) HomeSession.count("patientId = ?1 and sessionNumber is not null", patient.id) + 1;
        session.prescriptionId = plan.prescriptionId();
        session.allowedDoseMg = plan.dosePerSessionMg();
        session.strengthMg = plan.strengthMg();
        session.startedAt = session.attemptedAt;
        session.persist();
        outbox.publish(new SessionStarted(session.id, patient.id, session.prescriptionId, session.sessionNumber,
                contract(request.bloodPressure()), session.startedAt));
        return Response.created(URI.create("/api/v1/sessions/" + session.id)).entity(view(session)).build();
    }

    /** Recorded and announced, and answered 422 without throwing, so the attempt commits with its answer. */
    private Response blocked(HomeSession attempt, GateDecision decision) {
        attempt.status = HomeSession.Status.BLOCKED;
        attempt.persist();
        gateMetrics.blocked(decision);
        outbox.publish(new SessionBlocked(attempt.id, attempt.patientId, decision.codes(), attempt.retryAfter,
                attempt.urgentEscalation, attempt.attemptedAt));
        List<Refusal> errors = decision.reasons().stream()
                .map(reason -> new Refusal(reason.code().subject(), reason.code().name(), reason.message()))
                .toList();
        Problem problem = ProblemException.ruleViolation("session-blocked",
                "the pre-session safety gate refused the session for " + errors.size() + " reason(s)", errors)
                .toProblem("/api/v1/patients/" + attempt.patientId + "/sessions");
        return Response.fromResponse(ProblemMappers.respond(problem)).entity(SessionBlockedProblem.of(problem, attempt)).build();
    }

    @GET
    @Path("/patients/{patientId}/sessions")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "The patient's sessions and blocked attempts with their journals, newest first (size 1-100)")
    public PagedList<SessionView> history(@PathParam("patientId") String patientId,
                                          @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        var query = HomeSession.<HomeSession>find("patientId", Sort.by("attemptedAt", Direction.Descending).and("id"), patient.id);
        List<SessionView> items = query.page(paging.panache()).list().stream().map(this::view).toList();
        return paging.of(items, query.count());
    }

    @GET
    @Path("/sessions/{sessionId}")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "A session or blocked attempt, with its journal")
    public SessionView get(@PathParam("sessionId") String sessionId) {
        UUID id = Ids.uuid("sessionId", sessionId);
        UUID patientId = HomeSession.patientOf(id);
        if (patientId == null) {
            throw ProblemException.notFound("session " + id);
        }
        audit.patient(patientId);
        patients.visible(patientId);
        return view(HomeSession.findById(id));
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
        requireInProgress(session);
        if (session.doseLoggedAt != null) {
            throw ProblemException.conflict("dose-already-logged", "a dose was already logged for this session at " + session.doseLoggedAt,
                    List.of(new Refusal("sessionId", "dose-already-logged", "the completion records what was finally taken")));
        }
        int unitsOnHand = medication.units(session.patientId).onHand();
        List<Refusal> refusals = SessionLogPolicy.refusals(request.doseMg(), request.unitsUsed(), session.allowedDoseMg,
                session.strengthMg, unitsOnHand);
        ProblemException.refuseIfAny("dose-refused", "the logged dose", refusals);
        session.doseLoggedAt = readiness.now();
        session.loggedDoseMg = request.doseMg();
        session.loggedUnitsUsed = request.unitsUsed();
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
        requireInProgress(session);
        int loggedUnits = session.loggedUnitsUsed == null ? 0 : session.loggedUnitsUsed;
        int unitsAvailable = medication.units(session.patientId).onHand() + loggedUnits;
        List<Refusal> refusals = SessionLogPolicy.refusals(request.doseMg(), request.unitsUsed(), session.allowedDoseMg,
                session.strengthMg, unitsAvailable);
        ProblemException.refuseIfAny("completion-refused", "the session log", refusals);
        session.status = HomeSession.Status.COMPLETED;
        session.doseMg = request.doseMg();
        session.unitsUsed = request.unitsUsed();
        session.onsetMinutes = request.onsetMinutes();
        session.durationMinutes = request.durationMinutes();
        session.intensity = request.intensity();
        session.sideEffects = request.sideEffectsOrNone();
        if (request.bloodPressureAfter() != null) {
            session.bpAfterSystolic = request.bloodPressureAfter().systolic();
            session.bpAfterDiastolic = request.bloodPressureAfter().diastolic();
        }
        session.moodBefore = request.moodBefore();
        session.moodAfter = request.moodAfter();
        session.journal = request.journal();
        session.completedAt = readiness.now();
        session.completedBy = currentCaller.get().name();
        outbox.publish(new SessionCompleted(session.id, session.patientId, session.prescriptionId, session.sessionNumber,
                HomeSession.Status.COMPLETED.name(), session.doseMg, session.unitsUsed, session.onsetMinutes, session.durationMinutes,
                session.intensity, session.sideEffects.stream().map(Enum::name).toList(),
                request.bloodPressureAfter() == null ? null : contract(request.bloodPressureAfter()),
                session.moodBefore, session.moodAfter, session.startedAt, session.completedAt));
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

    /** A blocked attempt or a closed session takes no log: 409. */
    private void requireInProgress(HomeSession session) {
        if (session.status == HomeSession.Status.BLOCKED) {
            throw ProblemException.conflict("session-not-started", "this attempt was blocked by the safety gate",
                    List.of(new Refusal("sessionId", "session-not-started", "only a started session is logged")));
        }
        if (session.status == HomeSession.Status.COMPLETED) {
            throw ProblemException.conflict("session-already-completed", "this session was completed at " + session.completedAt,
                    List.of(new Refusal("sessionId", "session-already-completed", "a session is completed once")));
        }
        if (session.status == HomeSession.Status.ABANDONED) {
            throw abandoned(session);
        }
    }

    /** The session was just closed as ABANDONED: answered 409 without throwing, so the closing commits. */
    private Response closedNow(HomeSession session, String path) {
        return ProblemMappers.respond(abandoned(session).toProblem(path));
    }

    private ProblemException abandoned(HomeSession session) {
        return ProblemException.conflict("session-abandoned", "this session was not completed within " + settings.abandonAfterHours()
                        + " hours of its start and was closed as ABANDONED at " + session.completedAt,
                List.of(new Refusal("sessionId", "session-abandoned", "report anything that went wrong as an adverse event")));
    }

    private SessionView view(HomeSession session) {
        return SessionView.of(session, settings.abandonAfter());
    }

    private static BloodPressure contract(BloodPressureReading reading) {
        return new BloodPressure(reading.systolic(), reading.diastolic());
    }
}
