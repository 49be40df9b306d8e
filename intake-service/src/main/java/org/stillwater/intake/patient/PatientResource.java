package org.stillwater.intake.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;

@Path("/api/v1")
@Tag(name = "patients")
public class PatientResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Patients patients;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @POST
    @Path("/patients")
    @RolesAllowed({Role.PARTNER_ROLE, Role.OPS_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Register a patient (partner: for itself; ops: for the partner named in the body)")
    @APIResponse(responseCode = "201", description = "the registered patient", content = @Content(schema = @Schema(implementation = PatientView.class)))
    public Response register(@Valid @NotNull PatientRequest request) {
        Caller caller = currentCaller.get();
        if (!caller.is(Role.PARTNER) && (request.partnerId() == null || request.partnerId().isBlank())) {
            throw ProblemException.badRequest("partnerId", "required", "ops must name the partner the patient belongs to");
        }
        PatientLifecycle.Registered registered = PatientLifecycle.register(request,
                new PatientLifecycle.Registrar(caller.name(), caller.is(Role.PARTNER), caller.partnerId()), clock.instant());
        Patient patient = transitions.apply(registered.patient(), registered.transition());
        return Response.created(URI.create("/api/v1/patients/" + patient.id)).entity(PatientView.of(patient)).build();
    }

    @GET
    @Path("/patients/{patientId}")
    @RolesAllowed({Role.PARTNER_ROLE, Role.PATIENT_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "A patient: themself, their partner, or a clinician licensed in their state")
    public PatientView get(@PathParam("patientId") String patientId) {
        return PatientView.of(patients.visible(Ids.uuid("patientId", patientId)));
    }

    @PUT
    @Path("/patients/{patientId}/shipping-address")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE})
    @Transactional
    @Idempotent
    @Operation(summary = "Change where fills are shipped (the state of residence stays). ShippingAddressChanged tells prescription-service,"
            + " which ships to another state only through a pharmacy licensed there and in the state of residence: a fill not yet"
            + " dispatched goes to the new address, or is cancelled when its pharmacy may not ship there")
    public Response changeShippingAddress(@PathParam("patientId") String patientId, @Valid @NotNull PatientRequest.Address address) {
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        transitions.apply(patient, PatientLifecycle.changeShippingAddress(patient, address, currentCaller.get().name(), clock.instant()));
        return Response.ok(PatientView.of(patient)).build();
    }
}
