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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.EvaluationRejected;
import org.stillwater.contracts.intake.IntakeSubmitted;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.intake.patient.Patient;
import org.stillwater.intake.patient.Patients;
import org.stillwater.regulatory.refusal.Transition;

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
    AuditTrail audit;

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
        Instant submittedAt = clock.instant();
        ScreeningResult screening = Screening.screen(inputOf(patient, request), submittedAt);

        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.patientId = patient.id;
        intake.status = screening.automaticallyRejected() ? Intake.Status.AUTOMATICALLY_REJECTED : Intake.Status.PENDING_EVALUATION;
        intake.submittedAt = submittedAt;
        intake.submittedBy = currentCaller.get().name();
        intake.phq9Total = screening.phq9().total();
        intake.phq9Severity = screening.phq9().severity().name();
        intake.gad7Total = screening.gad7().total();
        intake.gad7Severity = screening.gad7().severity().name();
        intake.bpSystolic = request.bloodPressure().systolic();
        intake.bpDiastolic = request.bloodPressure().diastolic();
        intake.answers = request;
        intake.flags = screening.flags();
        intake.urgent = screening.urgent();
        intake.patientState = patient.stateOfResidence;

        List<String> flagCodes = screening.flags().stream().map(flag -> flag.code().name()).toList();
        List<EventData> events = new ArrayList<>(List.of(new IntakeSubmitted(intake.id, patient.id, patient.partnerId,
                patient.stateOfResidence, intake.phq9Total, intake.gad7Total, intake.urgent, flagCodes, screening.automaticallyRejected(),
                intake.submittedAt)));
        if (screening.automaticallyRejected()) {
            List<String> reasons = screening.codes(FlagKind.AUTOMATIC_REJECTION).stream().map(Enum::name).sorted().toList();
            events.add(new EvaluationRejected(null, intake.id, patient.id, patient.partnerId, reasons, true, null, intake.submittedAt));
        }
        transitions.apply(intake, Transition.done(events));
        return Response.created(URI.create("/api/v1/intakes/" + intake.id)).entity(IntakeView.of(intake)).build();
    }

    @GET
    @Path("/intakes/{intakeId}")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "An intake and its screening")
    public IntakeView get(@PathParam("intakeId") String intakeId) {
        UUID id = Ids.uuid("intakeId", intakeId);
        Intake intake = Intake.findById(id);
        if (intake != null) {
            audit.patient(intake.patientId);
        }
        Patient patient = intake == null ? null : Patient.findById(intake.patientId);
        if (patient == null || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound("intake " + id);
        }
        return IntakeView.of(intake);
    }

    private static ScreeningInput inputOf(Patient patient, IntakeRequest request) {
        EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
        conditions.addAll(request.conditions());
        EnumSet<MedicationClass> medications = EnumSet.noneOf(MedicationClass.class);
        request.currentMedications().forEach(medication -> medications.add(medication.medicationClass()));
        return new ScreeningInput(patient.dateOfBirth, patient.stateOfResidence, request.phq9(), request.gad7(),
                request.bloodPressure().systolic(), request.bloodPressure().diastolic(), conditions, medications,
                request.ketamineAllergy(), request.pregnantOrNursing(), request.substanceUse().activeSubstanceUseDisorder());
    }
}
