package org.stillwater.session.gate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;
import org.stillwater.session.adverse.AdverseEvent;
import org.stillwater.session.patient.Patient;
import org.stillwater.session.patient.Patients;

@Path("/api/v1")
@Tag(name = "dosing status")
public class DosingStatusResource {

    @Inject
    Patients patients;

    @Inject
    Readiness readiness;

    @Inject
    GateSettings settings;

    @GET
    @Path("/patients/{patientId}/dosing-status")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "Can a session start now (the pre-session check aside); if not, every reason and when; units on hand,"
            + " dose per session, next session allowed at, holds")
    public DosingStatusView status(@PathParam("patientId") String patientId) {
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        Instant now = readiness.now();
        Readiness.Assessment assessment = readiness.assess(patient, now);
        GateFacts facts = assessment.facts();
        GateDecision standing = readiness.gate(now).standing(facts);
        List<DosingStatusView.HoldView> holds = assessment.holds().stream().map(hold -> {
            AdverseEvent event = AdverseEvent.findById(hold.adverseEventId);
            return new DosingStatusView.HoldView(hold.adverseEventId, event.severity.name(), event.category.name(), hold.placedAt);
        }).toList();
        return new DosingStatusView(
                patient.id,
                standing.passes(),
                standing.reasons(),
                standing.retryAfter(),
                patient.treatment(),
                holds,
                facts.onboardingCompleted(),
                assessment.plan().map(DosingPlan::prescriptionId).orElse(null),
                assessment.plan().map(DosingPlan::dosePerSessionMg).orElse(null),
                assessment.plan().map(DosingPlan::unitsPerSession).orElse(null),
                assessment.units().delivered(),
                assessment.units().onHand(),
                facts.minHoursBetweenSessions(),
                facts.lastSessionAt(),
                facts.lastSessionAt() == null ? null : facts.lastSessionAt().plus(Duration.ofHours(facts.minHoursBetweenSessions())),
                assessment.inProgress().map(session -> session.id).orElse(null),
                new DosingStatusView.PreSessionLimits(facts.bpLimitSystolic(), facts.bpLimitDiastolic(), settings.crisisSystolic(),
                        settings.crisisDiastolic(), facts.sitterRequired(), settings.substanceWindowHours()));
    }
}
