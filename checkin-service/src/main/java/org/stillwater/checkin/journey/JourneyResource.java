package org.stillwater.checkin.journey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.treatment.Prescription;
import org.stillwater.checkin.treatment.TreatmentCourse;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;

@Path("/api/v1")
@Tag(name = "journey")
public class JourneyResource {

    @Inject
    Patients patients;

    @Inject
    Clock clock;

    @GET
    @Path("/patients/{patientId}/journey")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "The treatment week by week from the approval: what happened, what is due, the PHQ-9/GAD-7 trend and what is next")
    public JourneyView journey(@PathParam("patientId") String patientId) {
        Patient patient = patients.visible(Ids.uuid("patientId", patientId));
        List<CheckIn> checkIns = CheckIn.ofPatient(patient.id);
        TreatmentCourse course = TreatmentCourse.of(patient.minHoursBetweenSessions, CheckIn.decisions(checkIns),
                Prescription.ofPatient(patient.id));
        return Journey.build(patient, JourneyFact.ofPatient(patient.id), checkIns, course, clock.instant());
    }
}
