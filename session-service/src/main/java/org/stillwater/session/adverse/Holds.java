package org.stillwater.session.adverse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Lifts holds by the adverse event's id; a lift that arrives before anything else about the hold is kept. */
@ApplicationScoped
public class Holds {

    private static final Logger LOG = Logger.getLogger(Holds.class);

    @Inject
    EntityManager entityManager;

    void lift(UUID adverseEventId, UUID patientId, Instant liftedAt, String liftedBy) {
        int changed = entityManager.createNativeQuery("""
                        insert into adverse_event_hold (adverse_event_id, patient_id, lifted_at, lifted_by)
                        values (:id, :patient, :liftedAt, :liftedBy)
                        on conflict (adverse_event_id) do update
                        set lifted_at = coalesce(adverse_event_hold.lifted_at, excluded.lifted_at),
                            lifted_by = coalesce(adverse_event_hold.lifted_by, excluded.lifted_by)
                        where adverse_event_hold.patient_id = excluded.patient_id""")
                .setParameter("id", adverseEventId)
                .setParameter("patient", patientId)
                .setParameter("liftedAt", liftedAt)
                .setParameter("liftedBy", liftedBy)
                .executeUpdate();
        if (changed == 0) {
            LOG.warnf("a lift for adverse event %s names patient %s, whose hold it is not: ignored", adverseEventId, patientId);
        }
    }
}
