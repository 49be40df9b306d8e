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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.followup.Measurement;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInCalendar;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.checkin.schedule.CheckInView;
import org.stillwater.checkin.schedule.PlannedCheckIn;
import org.stillwater.checkin.schedule.Scheduling;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.Prescription;
import org.stillwater.checkin.treatment.TreatmentCourse;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.regulatory.refusal.Refusal;

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
    Outbox outbox;

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
        refuseClosed(checkIn);

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TreatmentCourse course = TreatmentCourse.of(patient.minHoursBetweenSessions,
                CheckIn.decisions(CheckIn.ofPatient(patient.id)),
                Prescription.ofPatient(patient.id));
        List<Refusal> refusals = CompletionPolicy.refusals(new CompletionFacts(checkIn.kind, request.outcome(),
                request.adjustment(), patient.maxDoseMgPerSession, patient.minHoursBetweenSessions, course.strengthMg(),
                course.status(), checkIn.holdAdverseEventId != null, request.phq9(), request.gad7(), request.rationale(),
                checkIn.windowOpensAt, now, currentCaller.get().deaNumber().orElse(null), currentCaller.get().familyName()));
        ProblemException.refuseIfAny("check-in-completion-refused", "the completion", refusals);

        Measurement measurement = Measurement.of(request.phq9(), request.gad7(), patient.baselinePhq9);
        record(checkIn, request, measurement, patient.baselinePhq9, now);
        announce(checkIn, measurement, currentCaller.get());

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

    private static void refuseClosed(CheckIn checkIn) {
        if (checkIn.status == CheckInStatus.COMPLETED) {
            throw ProblemException.conflict("check-in-already-completed", "this check-in was already completed",
                    List.of(new Refusal("checkInId", "already-completed",
                            "completed at " + checkIn.completedAt + " by " + checkIn.clinicianId)));
        }
        if (checkIn.status == CheckInStatus.CANCELLED) {
            throw ProblemException.conflict("check-in-cancelled", "this check-in was cancelled: " + checkIn.cancelReason,
                    List.of(new Refusal("checkInId", "cancelled", checkIn.cancelReason)));
        }
    }

    private void record(CheckIn checkIn, CompletionRequest request, Measurement measurement, int baselinePhq9, Instant now) {
        checkIn.status = CheckInStatus.COMPLETED;
        checkIn.completedAt = now;
        checkIn.clinicianId = currentCaller.get().name();
        checkIn.outcome = request.outcome();
        checkIn.phq9Answers = request.phq9();
        checkIn.gad7Answers = request.gad7();
        checkIn.phq9Total = measurement.phq9Total();
        checkIn.phq9Severity = measurement.phq9() == null ? null : measurement.phq9().severity().name();
        checkIn.gad7Total = measurement.gad7Total();
        checkIn.gad7Severity = measurement.gad7() == null ? null : measurement.gad7().severity().name();
        checkIn.baselinePhq9 = baselinePhq9;
        checkIn.phq9ChangePercent = measurement.change() == null ? null : measurement.change().changePercent();
        checkIn.response = measurement.response();
        checkIn.remission = measurement.remission();
        if (request.outcome() == Outcome.ADJUST) {
            checkIn.doseMgPerSession = request.adjustment().doseMgPerSession();
            checkIn.minHoursBetweenSessions = request.adjustment().minHoursBetweenSessions();
        }
        checkIn.liftsAdverseEventHold = checkIn.holdAdverseEventId;
        checkIn.notes = request.notes();
        checkIn.rationale = request.rationale() == null || request.rationale().isBlank() ? null : request.rationale().trim();
    }

    /**
     * {@code CheckInCompleted}, then the outcome's own event. An URGENT check-in raised by an adverse event names
     * that event in {@code liftsAdverseEventHold} (and in {@code TreatmentResumed} on RESUME): that lifts the hold
     * in session- and prescription-service.
     */
    private void announce(CheckIn checkIn, Measurement measurement, Caller clinician) {
        outbox.publish(new CheckInCompleted(checkIn.id, checkIn.patientId, checkIn.kind.name(), checkIn.outcome.name(),
                checkIn.clinicianId, measurement.phq9Total(), measurement.gad7Total(), measurement.response(), measurement.remission(),
                checkIn.liftsAdverseEventHold, checkIn.completedAt));
        switch (checkIn.outcome) {
            case ADJUST -> outbox.publish(new DosageAdjusted(checkIn.id, checkIn.patientId, checkIn.doseMgPerSession,
                    checkIn.minHoursBetweenSessions, checkIn.clinicianId, clinician.npi().orElse(null),
                    clinician.deaNumber().orElse(null), checkIn.completedAt));
            case PAUSE -> outbox.publish(new TreatmentPaused(checkIn.id, checkIn.patientId, checkIn.clinicianId, checkIn.completedAt));
            case RESUME -> outbox.publish(new TreatmentResumed(checkIn.id, checkIn.patientId, checkIn.clinicianId,
                    checkIn.liftsAdverseEventHold, checkIn.completedAt));
            case DISCONTINUE -> outbox.publish(new TreatmentDiscontinued(checkIn.id, checkIn.patientId, checkIn.clinicianId,
                    checkIn.completedAt));
            case CONTINUE -> {
                // CheckInCompleted says it all
            }
        }
    }

    private static List<CheckInView> views(List<CheckIn> checkIns, Instant now) {
        return checkIns.isEmpty() ? null : checkIns.stream().map(checkIn -> CheckInView.of(checkIn, now, true)).toList();
    }
}
