package org.stillwater.edge.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit table (the database refuses updates and deletes). Rows are written through a
 * connection pool of their own ({@code quarkus.datasource.audit}): the request being audited may still hold
 * its connection from the main pool, and many such requests each waiting for a second connection from that
 * same pool would starve it.
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = """
            insert into audit_log (correlation_id, actor, actor_role, patient_id, action, resource, status, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    @DataSource("audit")
    AgroalDataSource auditPool;

    @Inject
    EntityManager entityManager;

    /** Written in its own transaction, so refused and failed requests are audited too. */
    public void append(List<AuditRecord> records) {
        QuarkusTransaction.requiringNew().run(() -> insert(records));
    }

    /**
     * Written in the caller's transaction, on its connection: the rows commit with the write they record, or
     * neither does (see {@link AuditedWrite}).
     */
    void appendInTransaction(List<AuditRecord> records) {
        for (AuditRecord record : records) {
            entityManager.createNativeQuery("""
                            insert into audit_log (correlation_id, actor, actor_role, patient_id, action, resource, status, outcome)
                            values (cast(:correlationId as text), :actor, cast(:role as text), cast(:patient as uuid), :action, :resource,
                                    :status, :outcome)""")
                    .setParameter("correlationId", record.correlationId())
                    .setParameter("actor", record.actor())
                    .setParameter("role", record.actorRole())
                    .setParameter("patient", record.patientId() == null ? null : record.patientId().toString())
                    .setParameter("action", record.action())
                    .setParameter("resource", record.resource())
                    .setParameter("status", record.status())
                    .setParameter("outcome", record.outcome())
                    .executeUpdate();
        }
    }

    private void insert(List<AuditRecord> records) {
        try (Connection connection = auditPool.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditRecord record : records) {
                insert.setString(1, record.correlationId());
                insert.setString(2, record.actor());
                insert.setString(3, record.actorRole());
                insert.setObject(4, record.patientId());
                insert.setString(5, record.action());
                insert.setString(6, record.resource());
                insert.setInt(7, record.status());
                insert.setString(8, record.outcome());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failed) {
            throw new IllegalStateException("the audit rows could not be written", failed);
        }
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
