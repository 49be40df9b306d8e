package org.stillwater.messaging.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;

/**
 * The one per-patient lock of every service: serialises the changes to one patient's records (a consumed event
 * that updates the patient's read model, a request that decides on their supply, sessions or check-ins) with a
 * PostgreSQL transaction-level advisory lock, held until the caller's transaction commits or rolls back. It needs
 * no row, so it also serialises the first events about a patient this service has not heard of yet. Read the
 * patient's rows after taking it: what was read before may be stale.
 *
 * <p>The key is the patient id folded to the 32 bits of {@link UUID#hashCode()}, in a key space of its own (the
 * first of PostgreSQL's two advisory-lock keys). Two patients whose ids fold to the same key wait on each other,
 * which is slower but never wrong.
 */
@ApplicationScoped
public class PatientLocks {

    /** The first key of the two-key advisory lock space, kept for patient locks ("pt"). */
    static final int NAMESPACE = 0x7074;

    @Inject
    EntityManager entityManager;

    /** Waits until no other transaction holds this patient's lock, then holds it until this transaction ends. */
    public void lock(UUID patientId) {
        lockKey(patientId.hashCode());
    }

    /**
     * Takes several patients' locks in one statement, in the order of their keys: two transactions that each take
     * several this way never wait on each other in a cycle. Held until this transaction ends.
     */
    public void lockInKeyOrder(Collection<UUID> patientIds) {
        Integer[] keys = patientIds.stream().map(UUID::hashCode).distinct().sorted().toArray(Integer[]::new);
        if (keys.length == 0) {
            return;
        }
        if (keys.length == 1) {
            // A run of one patient (most runs at low load) takes the one-key statement: no array to bind.
            lockKey(keys[0]);
            return;
        }
        // One statement text whatever the patients, so Hibernate and PostgreSQL keep its plan; unnest reads the
        // array in its order, and the locks are taken row by row in that order.
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:namespace, key)"
                        + " from unnest(cast(:keys as integer[])) as patient(key)) locked")
                .setParameter("namespace", NAMESPACE)
                .setParameter("keys", keys)
                .getSingleResult();
    }

    private void lockKey(int key) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:namespace, :key)) locked")
                .setParameter("namespace", NAMESPACE)
                .setParameter("key", key)
                .getSingleResult();
    }

    /** Takes the patient's lock, then reads the patient's row of {@code type}: null while this service has none. */
    public <R> R locked(UUID patientId, Class<R> type) {
        lock(patientId);
        return entityManager.find(type, patientId);
    }
}
