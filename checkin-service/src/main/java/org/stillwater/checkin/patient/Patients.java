package org.stillwater.checkin.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.messaging.patient.PatientLocks;

/** Loads a patient for a caller: unknown, or not the caller's to see, is the same 404. */
@ApplicationScoped
public class Patients {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PatientLocks locks;

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

    /**
     * Takes the patient's lock ({@link PatientLocks}, held until the transaction ends) and reads the patient again:
     * one patient's decisions (a completion, a requested check-in, a new approval) are taken one at a time, each
     * seeing where the patient stands after the last.
     */
    public void lock(Patient patient) {
        locks.lock(patient.id);
        Patient.getEntityManager().refresh(patient);
    }
}
