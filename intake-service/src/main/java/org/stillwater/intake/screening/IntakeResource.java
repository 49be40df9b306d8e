package org.stillwater.intake.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.patient.Patients;

@Path("/api/v1")
@Tag(name = "intakes")
public class IntakeResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @POST
    @Path("/patients/{patientId}/intakes")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Submit an intake; the answer carries the screening (totals, severities, flags, crisis resources when urgent)")
    @APIResponse(responseCode = "201", description = "the intake and its screening", content = @Content(schema = @Schema(implementation = IntakeView.class)))
    public Response submit(@PathParam("patientId") String patientId, @Valid @NotNull IntakeRequest request) {
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        IntakeLifecycle.Submitted submitted = IntakeLifecycle.submit(patient, request,
                request.screeningInput(patient.dateOfBirth, patient.stateOfResidence), currentCaller.get().name(), clock.instant());
        Intake intake = transitions.apply(submitted.intake(), submitted.transition());
        return Response.created(URI.create("/api/v1/intakes/" + intake.id)).entity(IntakeView.of(intake)).build();
    }

    @GET
    @Path("/intakes/{intakeId}")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "An intake and its screening")
    public IntakeView get(@PathParam("intakeId") String intakeId) {
        UUID id = Ids.uuid("intakeId", intakeId);
        Intake intake = Intake.findById(id);
        patients.ownerOf(intake == null ? null : intake.patientId, "intake " + id);
        return IntakeView.of(intake);
    }
}
