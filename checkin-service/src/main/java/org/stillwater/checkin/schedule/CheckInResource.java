package org.stillwater.checkin.schedule;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;

@Path("/api/v1")
@Tag(name = "check-ins")
public class CheckInResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    CheckInRequests requests;

    @Inject
    CheckIns checkIns;

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
        CheckIn checkIn = requests.request(patient, currentCaller.get().name(), request == null ? null : request.reason());
        return Response.created(URI.create("/api/v1/checkins/" + checkIn.id)).entity(CheckInView.of(checkIn, clock.instant(), false)).build();
    }

    @GET
    @Path("/checkins/{checkInId}")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "One check-in: the patient, their partner, or a clinician licensed in their state")
    public CheckInView get(@PathParam("checkInId") String checkInId) {
        CheckIn checkIn = checkIns.visible(Ids.uuid("checkInId", checkInId));
        return CheckInView.of(checkIn, clock.instant(), currentCaller.get().is(Role.CLINICIAN));
    }
}
