package org.stillwater.session.medication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.stillwater.session.homesession.HomeSession;

/** The patient's medication: the active prescription and the units delivered, used and on hand. */
@ApplicationScoped
public class Medication {

    @Inject
    EntityManager entityManager;

    /**
     * The newest issued prescription that is neither cancelled nor superseded by a prescription issued since:
     * a superseding prescription replaces the one it names even before that one's cancellation arrives.
     */
    public Optional<Prescription> activePrescription(UUID patientId) {
        return entityManager.createQuery("""
                        select p from Prescription p
                        where p.patientId = :patient and p.issuedAt is not null and p.cancelledAt is null
                          and not exists (select 1 from Prescription newer
                                          where newer.supersedesPrescriptionId = p.id and newer.issuedAt is not null)
                        order by p.issuedAt desc, p.id""", Prescription.class)
                .setParameter("patient", patientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Units units(UUID patientId) {
        return new Units(delivered(patientId), HomeSession.historyOf(patientId).unitsUsed());
    }

    /** Units (lozenges) in every signed delivery to the patient, each counted once. */
    public int delivered(UUID patientId) {
        return entityManager.createQuery(
                        "select coalesce(sum(d.unitsDelivered), 0) from Delivery d where d.patientId = :patient", Long.class)
                .setParameter("patient", patientId)
                .getSingleResult()
                .intValue();
    }

    /**
     * Units (lozenges) delivered to the patient and logged as used by their sessions.
     *
     * @param delivered every signed delivery, each counted once
     * @param used      units logged by sessions, completed or not
     */
    public record Units(int delivered, int used) {

        public int onHand() {
            return Math.max(0, delivered - used);
        }
    }
}
