package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.messaging.patient.PatientLocks;

/**
 * Loads the patient row. Every change that the gate reads (events, starts, completions, adverse events)
 * takes the patient's lock ({@link PatientLocks}, the one every service uses) first, so two concurrent starts or
 * completions cannot both pass on the same units on hand or both open a session.
 */
@ApplicationScoped
public class Patients {

    @Inject
    PatientLocks locks;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** The patient's row, read under the patient's lock (held until the transaction ends); created empty if no event about them arrived yet. */
    public Patient lockOrCreate(UUID patientId) {
        Patient patient = locks.locked(patientId, Patient.class);
        if (patient == null) {
            patient = Patient.firstSeen(patientId, clock.instant());
            patient.persist();
        }
        return patient;
    }

    /** An approved patient the caller may see; anyone else does not exist for them (404). */
    public Patient visible(UUID patientId) {
        return check(Patient.findById(patientId), "patient " + patientId);
    }

    /** As {@link #visible}, read under the patient's lock (held until the transaction ends). */
    public Patient visibleForUpdate(UUID patientId) {
        return check(locks.locked(patientId, Patient.class), "patient " + patientId);
    }

    /**
     * As {@link #visibleForUpdate}, for the patient a record belongs to: when the caller may not see them, the 404
     * names only the record that was asked for ({@code record}, e.g. {@code session 0b0c...}), never the patient, so
     * it does not reveal that the record exists nor whose it is (DESIGN §3).
     */
    public Patient ownerForUpdate(UUID patientId, String record) {
        return check(locks.locked(patientId, Patient.class), record);
    }

    /** As {@link #ownerForUpdate}, without the lock. */
    public Patient owner(UUID patientId, String record) {
        return check(Patient.findById(patientId), record);
    }

    private Patient check(Patient patient, String notFound) {
        if (patient == null || !patient.isApproved() || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound(notFound);
        }
        return patient;
    }
}
