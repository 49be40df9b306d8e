package org.stillwater.intake.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;

/** Loads a patient for a caller: someone the caller may not see does not exist for them (404). */
@ApplicationScoped
public class Patients {

    @Inject
    CurrentCaller currentCaller;

    public Patient visible(UUID patientId) {
        Patient patient = Patient.findById(patientId);
        if (patient == null || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound("patient " + patientId);
        }
        return patient;
    }
}
