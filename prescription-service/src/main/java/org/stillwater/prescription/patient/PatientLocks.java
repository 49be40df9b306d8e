package org.stillwater.prescription.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Serialises the changes to one patient's prescriptions, fills and supply (a refill request, a consumed event,
 * a shipment transition) with a PostgreSQL advisory lock held until the transaction ends, so two of them
 * cannot both decide on the same supply. Works for patients not yet approved (events may come first).
 */
@ApplicationScoped
public class PatientLocks {

    /** The first key of the two-key advisory lock space, kept for patient locks of this service ("rx"). */
    private static final int NAMESPACE = 0x7278;

    @Inject
    EntityManager entityManager;

    public void lock(UUID patientId) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:namespace, :key)) locked")
                .setParameter("namespace", NAMESPACE)
                .setParameter("key", patientId.hashCode())
                .getSingleResult();
    }
}
