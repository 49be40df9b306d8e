package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.UUID;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;

/**
 * Loads the patient row. Every change that the gate reads (events, starts, completions, adverse events)
 * locks it first, so two concurrent starts or completions cannot both pass on the same units on hand or both
 * open a session.
 */
@ApplicationScoped
public class Patients {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** The patient's row, locked for this transaction; created empty if no event about them arrived yet. */
    public Patient lockOrCreate(UUID patientId) {
        entityManager.createNativeQuery("insert into patient (id, first_seen_at) values (:id, :now) on conflict (id) do nothing")
                .setParameter("id", patientId)
                .setParameter("now", clock.instant())
                .executeUpdate();
        return Patient.findById(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An approved patient the caller may see; anyone else does not exist for them (404). */
    public Patient visible(UUID patientId) {
        return check(patientId, Patient.findById(patientId));
    }

    /** As {@link #visible}, locked for this transaction. */
    public Patient visibleForUpdate(UUID patientId) {
        return check(patientId, Patient.findById(patientId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Patient check(UUID patientId, Patient patient) {
        if (patient == null || !patient.isApproved() || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound("patient " + patientId);
        }
        return patient;
    }
}
