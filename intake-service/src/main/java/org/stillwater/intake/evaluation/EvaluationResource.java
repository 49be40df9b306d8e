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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.patient.Patients;
import org.stillwater.intake.screening.Intake;
import org.stillwater.regulatory.calendar.PatientCalendar;

@Path("/api/v1")
@Tag(name = "evaluations")
@RolesAllowed(Role.CLINICIAN_ROLE)
public class EvaluationResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

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
        PagedList<QueueEntry> queue = paging.of(Intake.<Intake>find("status = ?1 and patientState in ?2",
                Sort.descending("urgent").and("submittedAt").and("id"),
                Intake.Status.PENDING_EVALUATION, currentCaller.get().licensedStates()), QueueEntry::of);
        audit.patients(queue.items().stream().map(QueueEntry::patientId).toList());
        return queue;
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
        Patient patient = patients.ownerOf(intake == null ? null : intake.patientId, "intake " + id);
        Instant now = clock.instant();
        LocalDate today = PatientCalendar.of(patient.stateOfResidence).latestDate(now);
        EvaluationLifecycle.Clinician clinician = new EvaluationLifecycle.Clinician(currentCaller.get().name(),
                currentCaller.get().npi().orElse(null), currentCaller.get().isLicensedIn(patient.stateOfResidence));
        EvaluationLifecycle.Decided decided = EvaluationLifecycle.decide(intake, patient, request, request.protocolOrDefaults(defaults),
                clinician, today, telemedicineFlexibilityUntil, now);
        Evaluation evaluation = transitions.apply(decided.evaluation(), decided.transition());
        return Response.created(URI.create("/api/v1/intakes/" + intake.id + "/evaluation"))
                .entity(EvaluationView.of(evaluation)).build();
    }
}
