package org.stillwater.edge.testapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write and its audit row commit together or not at all: a write rolled back at commit leaves its failure row and
 * no success row, and a write whose row cannot be written does not happen (503). The database fails the commit of one
 * Idempotency-Key, and the audit rows of one correlation id, through triggers this test adds and removes.
 */
@QuarkusTest
class AuditInTheWriteTransactionTest {

    private static final String FAILING_AT_COMMIT = "edge-fails-at-commit";
    private static final String REFUSED_CORRELATION_ID = "edge-audit-row-refused";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void failTheCommitOfOneKeyAndTheAuditRowsOfOneCorrelationId() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    create or replace function fail_edge_test_commit() returns trigger language plpgsql as
                    'begin raise exception ''commit refused for this test''; end'""").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists fail_edge_test_commit on idempotency_key").executeUpdate();
            entityManager.createNativeQuery("create constraint trigger fail_edge_test_commit after insert on idempotency_key"
                    + " deferrable initially deferred for each row when (new.idempotency_key = '" + FAILING_AT_COMMIT + "')"
                    + " execute function fail_edge_test_commit()").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists refuse_edge_test_audit_rows on audit_log").executeUpdate();
            entityManager.createNativeQuery("create trigger refuse_edge_test_audit_rows before insert on audit_log for each row"
                    + " when (new.correlation_id = '" + REFUSED_CORRELATION_ID + "') execute function fail_edge_test_commit()").executeUpdate();
        });
    }

    @AfterEach
    void commitAgain() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("drop trigger if exists fail_edge_test_commit on idempotency_key").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists refuse_edge_test_audit_rows on audit_log").executeUpdate();
        });
    }

    @Test
    void aWriteRolledBackAtCommitLeavesNoSuccessRowButItsFailureRow() {
        UUID patient = UUID.randomUUID();
        String correlationId = "edge-rolled-back-" + UUID.randomUUID();
        Notes.write(Notes.asClinician().header("Idempotency-Key", FAILING_AT_COMMIT).header("X-Correlation-Id", correlationId),
                patient, Notes.note("first visit", 100)).statusCode(500);

        List<Object[]> audit = auditRows(correlationId);
        assertEquals(1, audit.size(), "the failure's row only: the success row rolled back with the write");
        assertEquals(500, ((Number) audit.get(0)[0]).intValue());
        assertEquals("ERROR", audit.get(0)[1]);
        assertEquals(0L, IdempotentWriteTest.notesOf(patient), "the write rolled back");
    }

    @Test
    void aWriteWhoseAuditRowCannotBeWrittenDoesNotHappen() {
        UUID patient = UUID.randomUUID();
        Notes.write(Notes.asClinician().header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Correlation-Id", REFUSED_CORRELATION_ID), patient, Notes.note("first visit", 100)).statusCode(503);

        assertEquals(0L, IdempotentWriteTest.notesOf(patient), "no change without its audit row");
    }

    /** Status and outcome of each audit row of the correlation id. */
    @SuppressWarnings("unchecked")
    private List<Object[]> auditRows(String correlationId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select status, outcome from audit_log where correlation_id = :id order by id")
                .setParameter("id", correlationId).getResultList());
    }
}
