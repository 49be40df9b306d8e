package org.stillwater.checkin.schedule;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.regulatory.refusal.Refusal;

@Path("/api/v1")
@Tag(name = "check-ins")
public class CheckInResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    CheckInCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @Path("/patients/{patientId}/checkins")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "The patient's check-ins, latest due first: themself, their partner, or a clinician licensed in their state")
    public PagedList<CheckInView> list(@PathParam("patientId") String patientId,
                                       @BeanParam PageParameters pages) {
        PageRequest paging = pages.request();
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        Instant now = clock.instant();
        boolean clinician = currentCaller.get().is(Role.CLINICIAN);
        return paging.of(CheckIn.<CheckIn>find("patientId", Sort.descending("dueAt").and("id"), patient.id),
                checkIn -> CheckInView.of(checkIn, now, clinician));
    }

    @POST
    @Path("/patients/{patientId}/checkins")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Ask for a check-in: URGENT, due within 24 hours; one open request at a time")
    @APIResponse(responseCode = "201", description = "the URGENT check-in requested", content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public Response request(@PathParam("patientId") String patientId, @Valid CheckInRequest request) {
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        // one open request per patient, even when two arrive at once
        Patient.getEntityManager().refresh(patient, LockModeType.PESSIMISTIC_WRITE);
        Optional<CheckIn> open = CheckIn.<CheckIn>find("patientId = ?1 and trigger = ?2 and status in ?3",
                patient.id, Trigger.PATIENT_REQUEST, CheckIn.OPEN).firstResultOptional();
        if (open.isPresent()) {
            throw ProblemException.conflict("check-in-already-requested",
                    "a check-in you asked for is still open: due by " + open.get().dueAt,
                    List.of(new Refusal("checkInId", "already-requested", open.get().id.toString())));
        }
        Instant now = StoredTime.now(clock);
        CheckIn checkIn = calendar.schedule(patient.id, calendar.rules().onPatientRequest(UUID.randomUUID(), now));
        checkIn.requestedBy = currentCaller.get().name();
        checkIn.requestReason = request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        return Response.created(URI.create("/api/v1/checkins/" + checkIn.id)).entity(CheckInView.of(checkIn, now, false)).build();
    }

    @GET
    @Path("/checkins/{checkInId}")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "One check-in: the patient, their partner, or a clinician licensed in their state")
    public CheckInView get(@PathParam("checkInId") String checkInId) {
        UUID id = Ids.uuid("checkInId", checkInId);
        CheckIn checkIn = CheckIn.findById(id);
        if (checkIn != null) {
            audit.patient(checkIn.patientId);
        }
        Patient patient = checkIn == null ? null : Patient.findById(checkIn.patientId);
        if (!patients.visibleToCaller(patient)) {
            throw ProblemException.notFound("check-in " + id);
        }
        return CheckInView.of(checkIn, clock.instant(), currentCaller.get().is(Role.CLINICIAN));
    }
}
