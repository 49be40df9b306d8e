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
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;

/**
 * A write's audit row commits in the write's own transaction (issue 18), in this service: a write that commits has
 * its row written by the same transaction, a refused one keeps its own row. A write rolled back at commit, or whose
 * row cannot be written, is service-edge's behaviour and tested there (its testapp's AuditInTheWriteTransactionTest).
 */
@QuarkusTest
class AuditInTheWriteTransactionTest {

    @Inject
    EntityManager entityManager;

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
}
