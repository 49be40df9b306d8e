package org.stillwater.checkin.completion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInCalendar;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInView;
import org.stillwater.checkin.schedule.PlannedCheckIn;
import org.stillwater.checkin.schedule.Scheduling;
import org.stillwater.checkin.treatment.Prescription;
import org.stillwater.checkin.treatment.TreatmentCourse;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.regulatory.calendar.PatientCalendar;

@Path("/api/v1")
@Tag(name = "check-ins")
public class CompletionResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    CheckInCalendar calendar;

    @Inject
    Transitions transitions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    @Path("/checkins/{checkInId}/completion")
    @RolesAllowed(Role.CLINICIAN_ROLE)
    @Transactional
    @Idempotent
    @Operation(summary = "Complete a check-in (clinician licensed in the patient's state): PHQ-9, GAD-7, notes and the outcome")
    @APIResponse(responseCode = "201", description = "the completed check-in, the treatment status after it and the check-ins it scheduled or cancelled", content = @Content(schema = @Schema(implementation = CompletionAnswer.class)))
    public Response complete(@PathParam("checkInId") String checkInId, @Valid @NotNull CompletionRequest request) {
        UUID id = Ids.uuid("checkInId", checkInId);
        CheckIn checkIn = CheckIn.findById(id);
        if (checkIn != null) {
            audit.patient(checkIn.patientId);
        }
        Patient patient = checkIn == null ? null : Patient.findById(checkIn.patientId);
        if (!patients.visibleToCaller(patient)) {
            throw ProblemException.notFound("check-in " + id);
        }
        // One patient's decisions are taken one at a time, each seeing where treatment stands after the last:
        // the patient first, then the check-in, the same order for every completion.
        Patient.getEntityManager().refresh(patient, LockModeType.PESSIMISTIC_WRITE);
        CheckIn.getEntityManager().refresh(checkIn, LockModeType.PESSIMISTIC_WRITE);

        Instant now = StoredTime.now(clock);
        TreatmentCourse course = TreatmentCourse.of(patient.minHoursBetweenSessions,
                CheckIn.decisions(CheckIn.ofPatient(patient.id)),
                Prescription.ofPatient(patient.id));
        Caller clinician = currentCaller.get();
        CompletionFacts facts = new CompletionFacts(checkIn.kind, request.outcome(),
                request.adjustment(), patient.maxDoseMgPerSession, patient.minHoursBetweenSessions, course.strengthMg(),
                course.status(), checkIn.holdAdverseEventId != null, request.phq9(), request.gad7(), request.rationale(),
                checkIn.windowOpensAt, now, clinician.deaNumber().orElse(null), clinician.familyName());
        transitions.apply(checkIn, CheckInLifecycle.complete(checkIn, request, facts, patient.baselinePhq9, new CheckInLifecycle.Clinician(
                clinician.name(), clinician.npi().orElse(null), clinician.deaNumber().orElse(null)), now));

        TreatmentStatus statusAfter = TreatmentCourse.after(course.status(), request.outcome());
        List<CheckIn> cancelled = calendar.cancelOpen(patient.id, Scheduling.cancelledBy(request.outcome()),
                "outcome " + request.outcome() + " at check-in " + checkIn.id);
        List<CheckIn> scheduled = new ArrayList<>();
        Optional<PlannedCheckIn> selfHarm = calendar.rules().afterPhq9(checkIn.id, request.phq9(), now);
        selfHarm.ifPresent(plan -> scheduled.add(calendar.schedule(patient.id, plan)));
        boolean weeklyOpen = CheckIn.count("patientId = ?1 and kind = ?2 and status in ?3",
                patient.id, CheckInKind.WEEKLY, CheckIn.OPEN) > 0;
        calendar.rules().nextWeekly(checkIn.id, checkIn.kind, request.outcome(), statusAfter, weeklyOpen, now, PatientCalendar.of(patient.state))
                .ifPresent(plan -> scheduled.add(calendar.schedule(patient.id, plan)));

        CompletionAnswer answer = new CompletionAnswer(CheckInView.of(checkIn, now, true), statusAfter,
                views(scheduled, now), views(cancelled, now), selfHarm.isPresent() ? CrisisResources.US : null);
        return Response.created(URI.create("/api/v1/checkins/" + checkIn.id)).entity(answer).build();
    }

    private static List<CheckInView> views(List<CheckIn> checkIns, Instant now) {
        return checkIns.isEmpty() ? null : checkIns.stream().map(checkIn -> CheckInView.of(checkIn, now, true)).toList();
    }
}
