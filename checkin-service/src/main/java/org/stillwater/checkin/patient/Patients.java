package org.stillwater.checkin.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;

/** Loads a patient for a caller: unknown, or not the caller's to see, is the same 404. */
@ApplicationScoped
public class Patients {

    @Inject
    CurrentCaller currentCaller;

    public Patient visible(UUID patientId) {
        Patient patient = Patient.findById(patientId);
        if (!visibleToCaller(patient)) {
            throw ProblemException.notFound("patient " + patientId);
        }
        return patient;
    }

    /** False for an unknown patient (null) too. */
    public boolean visibleToCaller(Patient patient) {
        return patient != null && PatientAccess.maySee(currentCaller.get(), patient.scope());
    }
}
