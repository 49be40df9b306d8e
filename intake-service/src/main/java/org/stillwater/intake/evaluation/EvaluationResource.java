package org.stillwater.intake.evaluation;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.screening.FlagCode;
import org.stillwater.intake.screening.FlagKind;
import org.stillwater.intake.screening.Intake;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Transition;

@Path("/api/v1")
@Tag(name = "evaluations")
@RolesAllowed(Role.CLINICIAN_ROLE)
public class EvaluationResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Transitions transitions;

    @Inject
    AuditTrail audit;

    @Inject
    ProtocolDefaults defaults;

    @Inject
    Clock clock;

    @ConfigProperty(name = "stillwater.evaluation.telemedicine-flexibility-until")
    LocalDate telemedicineFlexibilityUntil;

    @GET
    @Path("/evaluations/queue")
    @Operation(summary = "Pending intakes of patients in the clinician's licensed states: URGENT first, then oldest first")
    public PagedList<QueueEntry> queue(@BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        if (currentCaller.get().licensedStates().isEmpty()) {
            return paging.of(List.of(), 0);
        }
        var query = Intake.<Intake>find("status = ?1 and patientState in ?2",
                Sort.descending("urgent").and("submittedAt").and("id"),
                Intake.Status.PENDING_EVALUATION, currentCaller.get().licensedStates());
        List<QueueEntry> items = query.page(paging.panache()).list().stream().map(QueueEntry::of).toList();
        audit.patients(items.stream().map(QueueEntry::patientId).toList());
        return paging.of(items, query.count());
    }

    @POST
    @Path("/intakes/{intakeId}/evaluation")
    @Transactional
    @Idempotent
    @Operation(summary = "Approve or reject an intake after a VIDEO or IN_PERSON evaluation")
    @APIResponse(responseCode = "201", description = "the evaluation recorded", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public Response evaluate(@PathParam("intakeId") String intakeId, @Valid @NotNull EvaluationRequest request) {
        UUID id = Ids.uuid("intakeId", intakeId);
        Intake intake = Intake.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (intake != null) {
            audit.patient(intake.patientId);
        }
        Patient patient = intake == null ? null : Patient.findById(intake.patientId);
        if (patient == null || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound("intake " + id);
        }
        if (intake.isDecided()) {
            throw ProblemException.conflict("intake-already-decided", "this intake was already decided: " + intake.status,
                    List.of(new Refusal("intakeId", "already-decided", intake.status.name())));
        }
        LocalDate today = PatientCalendar.of(patient.stateOfResidence).latestDate(clock.instant());
        List<Refusal> refusals = EvaluationPolicy.refusals(new EvaluationFacts(
                currentCaller.get().isLicensedIn(patient.stateOfResidence), request.decision(), request.modality(),
                codes(intake, FlagKind.ABSOLUTE), codes(intake, FlagKind.RELATIVE), request.acknowledged(),
                request.reasons(), request.inPersonEvaluationOn(), today, telemedicineFlexibilityUntil));
        ProblemException.refuseIfAny("evaluation-refused", "the evaluation", refusals);

        Evaluation evaluation = record(intake, request);
        if (request.decision() == Decision.APPROVE) {
            intake.status = Intake.Status.APPROVED;
            Protocol protocol = new Protocol(evaluation.maxDoseMgPerSession, evaluation.minHoursBetweenSessions,
                    evaluation.sitterRequired, evaluation.bpLimitSystolic, evaluation.bpLimitDiastolic);
            transitions.apply(intake, Transition.done(new EvaluationApproved(evaluation.id, intake.id, patient.id, patient.partnerId,
                    patient.stateOfResidence, evaluation.clinicianId, evaluation.modality.name(), protocol, intake.phq9Total,
                    intake.gad7Total, patient.shippingAddress(), evaluation.decidedAt)));
        } else {
            intake.status = Intake.Status.REJECTED;
            transitions.apply(intake, Transition.done(new EvaluationRejected(evaluation.id, intake.id, patient.id, patient.partnerId,
                    request.reasons().stream().map(Enum::name).toList(), false, evaluation.clinicianId, evaluation.decidedAt)));
        }
        return Response.created(URI.create("/api/v1/intakes/" + intake.id + "/evaluation"))
                .entity(EvaluationView.of(evaluation)).build();
    }

    private Evaluation record(Intake intake, EvaluationRequest request) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.intakeId = intake.id;
        evaluation.patientId = intake.patientId;
        evaluation.clinicianId = currentCaller.get().name();
        evaluation.clinicianNpi = currentCaller.get().npi().orElse(null);
        evaluation.decision = request.decision();
        evaluation.modality = request.modality();
        evaluation.inPersonEvaluationOn = request.inPersonEvaluationOn();
        evaluation.acknowledgedFlags = request.acknowledged();
        evaluation.rejectionReasons = request.reasons();
        if (request.decision() == Decision.APPROVE) {
            Protocol protocol = request.protocolOrDefaults(defaults);
            evaluation.maxDoseMgPerSession = protocol.maxDoseMgPerSession();
            evaluation.minHoursBetweenSessions = protocol.minHoursBetweenSessions();
            evaluation.sitterRequired = protocol.sitterRequired();
            evaluation.bpLimitSystolic = protocol.bpLimitSystolic();
            evaluation.bpLimitDiastolic = protocol.bpLimitDiastolic();
        }
        evaluation.notes = request.notes();
        evaluation.decidedAt = clock.instant();
        evaluation.persist();
        return evaluation;
    }

    private static Set<FlagCode> codes(Intake intake, FlagKind kind) {
        Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
        intake.flags.stream().filter(flag -> flag.kind() == kind).forEach(flag -> codes.add(flag.code()));
        return codes;
    }
}
