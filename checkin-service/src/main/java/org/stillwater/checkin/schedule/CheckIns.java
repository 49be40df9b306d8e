package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.problem.ProblemException;

/** Loads a check-in for a caller, its patient audited: unknown, or of a patient the caller may not see, is the same 404. */
@ApplicationScoped
public class CheckIns {

    @Inject
    Patients patients;

    @Inject
    AuditTrail audit;

    public CheckIn visible(UUID checkInId) {
        CheckIn checkIn = CheckIn.findById(checkInId);
        if (checkIn != null) {
            audit.patient(checkIn.patientId);
        }
        Patient patient = checkIn == null ? null : Patient.findById(checkIn.patientId);
        if (!patients.visibleToCaller(patient)) {
            throw ProblemException.notFound("check-in " + checkInId);
        }
        return checkIn;
    }
}
