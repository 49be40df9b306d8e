package org.stillwater.prescription.refill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Reconciles a patient's supply from the shipments delivered here and the sessions session-service logged. */
@ApplicationScoped
public class Supplies {

    @Inject
    EntityManager entityManager;

    public Supply of(UUID patientId) {
        Number delivered = (Number) entityManager.createNativeQuery(
                        "select coalesce(sum(quantity_dispensed), 0) from shipment where patient_id = :patient and status = 'DELIVERED'")
                .setParameter("patient", patientId).getSingleResult();
        Object[] used = (Object[]) entityManager.createNativeQuery(
                        "select coalesce(sum(units_used), 0), count(*) from session_usage where patient_id = :patient")
                .setParameter("patient", patientId).getSingleResult();
        return Supply.of(delivered.longValue(), ((Number) used[0]).longValue(), ((Number) used[1]).longValue());
    }
}
