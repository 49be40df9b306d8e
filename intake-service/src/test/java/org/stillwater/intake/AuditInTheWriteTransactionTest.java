package org.stillwater.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;

/**
 * A write's audit row commits in the write's own transaction (issue 18): a write that commits has its row written
 * by the same transaction, a write rolled back at commit leaves no success row but its failure row, and a write
 * whose row cannot be written does not happen. The database fails the commit of one Idempotency-Key through a
 * deferred trigger this test adds and removes.
 */
@QuarkusTest
class AuditInTheWriteTransactionTest {

    private static final String FAILING_AT_COMMIT = "fails-at-commit";
    private static final String REFUSED_CORRELATION_ID = "audit-row-refused-for-this-write";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void failTheCommitOfOneKeyAndTheAuditRowsOfOneCorrelationId() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    create or replace function fail_test_commit() returns trigger language plpgsql as
                    'begin raise exception ''commit refused for this test''; end'""").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists fail_test_commit on idempotency_key").executeUpdate();
            entityManager.createNativeQuery("create constraint trigger fail_test_commit after insert on idempotency_key"
                    + " deferrable initially deferred for each row when (new.idempotency_key = '" + FAILING_AT_COMMIT + "')"
                    + " execute function fail_test_commit()").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists refuse_test_write_audit_rows on audit_log").executeUpdate();
            entityManager.createNativeQuery("create trigger refuse_test_write_audit_rows before insert on audit_log for each row"
                    + " when (new.correlation_id = '" + REFUSED_CORRELATION_ID + "') execute function fail_test_commit()").executeUpdate();
        });
    }

    @AfterEach
    void commitAgain() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("drop trigger if exists fail_test_commit on idempotency_key").executeUpdate();
            entityManager.createNativeQuery("drop trigger if exists refuse_test_write_audit_rows on audit_log").executeUpdate();
        });
    }

    @Test
    void aWriteThatCommitsHasItsAuditRowWrittenByTheSameTransaction() {
        String correlationId = "audited-write-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        register(patientNamed("Committed"), key, correlationId).statusCode(201);

        List<Object[]> audit = auditRows(correlationId);
        assertEquals(1, audit.size(), "one row for the write");
        assertEquals(201, ((Number) audit.get(0)[0]).intValue());
        assertEquals("SUCCESS", audit.get(0)[1]);
        String writesTransaction = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select xmin::text from idempotency_key where idempotency_key = :key").setParameter("key", key).getSingleResult());
        assertEquals(writesTransaction, audit.get(0)[2], "the audit row and the write's Idempotency-Key row were written by one transaction");
    }

    @Test
    void aWriteRolledBackAtCommitLeavesNoSuccessRowButItsFailureRow() {
        String correlationId = "rolled-back-write-" + UUID.randomUUID();
        String familyName = "RolledBack-" + UUID.randomUUID();
        register(patientNamed(familyName), FAILING_AT_COMMIT, correlationId).statusCode(500);

        List<Object[]> audit = auditRows(correlationId);
        assertEquals(1, audit.size(), "the failure's row only: the success row rolled back with the write");
        assertEquals(500, ((Number) audit.get(0)[0]).intValue());
        assertEquals("ERROR", audit.get(0)[1]);
        assertEquals(0L, patientsNamed(familyName), "the write rolled back");
    }

    @Test
    void aWriteWhoseAuditRowCannotBeWrittenDoesNotHappen() {
        String familyName = "Unaudited-" + UUID.randomUUID();
        register(patientNamed(familyName), UUID.randomUUID().toString(), REFUSED_CORRELATION_ID).statusCode(503);

        assertEquals(0L, patientsNamed(familyName), "no change without its audit row");
    }

    @Test
    void aRefusedWriteKeepsItsOwnRow() {
        String correlationId = "refused-write-" + UUID.randomUUID();
        Map<String, Object> nowhere = patientNamed("Refused");
        nowhere.put("stateOfResidence", "XX");
        register(nowhere, UUID.randomUUID().toString(), correlationId).statusCode(400);

        List<Object[]> audit = auditRows(correlationId);
        assertEquals(1, audit.size());
        assertEquals(400, ((Number) audit.get(0)[0]).intValue());
        assertEquals("REFUSED", audit.get(0)[1]);
    }

    private static Map<String, Object> patientNamed(String familyName) {
        Map<String, Object> patient = Api.patient("CA", LocalDate.of(1990, 1, 1));
        patient.put("familyName", familyName);
        return patient;
    }

    private static io.restassured.response.ValidatableResponse register(Map<String, Object> patient, String idempotencyKey, String correlationId) {
        return given().auth().oauth2(As.acme()).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .header("X-Correlation-Id", correlationId).body(patient).post("/api/v1/patients").then();
    }

    /** Status, outcome and writing transaction of each audit row of the correlation id. */
    @SuppressWarnings("unchecked")
    private List<Object[]> auditRows(String correlationId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select status, outcome, xmin::text from audit_log where correlation_id = :id order by id")
                .setParameter("id", correlationId).getResultList());
    }

    private long patientsNamed(String familyName) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from patient where family_name = :name").setParameter("name", familyName).getSingleResult()).longValue());
    }
}
