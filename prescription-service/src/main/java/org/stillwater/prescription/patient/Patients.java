package org.stillwater.prescription.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;

/**
 * Loads an approved patient for the caller. A patient this service has no approval for, or one the caller may
 * not see (another partner's, a state the clinician holds no licence for), does not exist for them: 404.
 */
@ApplicationScoped
public class Patients {

    @Inject
    CurrentCaller currentCaller;

    public ApprovedPatient visible(UUID patientId) {
        ApprovedPatient patient = ApprovedPatient.findById(patientId);
        if (patient == null || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound("patient " + patientId);
        }
        return patient;
    }
}
