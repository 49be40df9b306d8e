package org.stillwater.edge.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The append-only audit table (the database refuses updates and deletes). */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager entityManager;

    /** Written in its own transaction, so refused and failed requests are audited too. */
    public void append(List<AuditRecord> records) {
        QuarkusTransaction.requiringNew().run(() -> records.forEach(this::insert));
    }

    private void insert(AuditRecord record) {
        entityManager.createNativeQuery("""
                        insert into audit_log (correlation_id, actor, actor_role, patient_id, action, resource, status, outcome)
                        values (:correlationId, :actor, :role, :patientId, :action, :resource, :status, :outcome)""")
                .setParameter("correlationId", record.correlationId())
                .setParameter("actor", record.actor())
                .setParameter("role", record.actorRole())
                .setParameter("patientId", record.patientId())
                .setParameter("action", record.action())
                .setParameter("resource", record.resource())
                .setParameter("status", record.status())
                .setParameter("outcome", record.outcome())
                .executeUpdate();
    }

    /** A patient's audit rows, oldest first. */
    @SuppressWarnings("unchecked")
    public List<AuditRecord> forPatient(UUID patientId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select correlation_id, actor, actor_role, patient_id, action, resource, status, outcome
                        from audit_log where patient_id = :patientId order by id""")
                .setParameter("patientId", patientId)
                .getResultList();
        return rows.stream().map(row -> new AuditRecord((String) row[0], (String) row[1], (String) row[2], (UUID) row[3],
                (String) row[4], (String) row[5], ((Number) row[6]).intValue(), (String) row[7])).toList();
    }
}
