package org.stillwater.edge.testapp;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.testing.As;

/**
 * HIPAA audit control (DESIGN §5): every request leaves an audit row naming actor, role, patient, action and outcome;
 * a write's row commits in the write's own transaction; a refused request is audited too, against the patient its
 * path names; the table is append-only.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String WRITE = "POST /api/v1/patients/{id}/notes";

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager entityManager;

    @Test
    void aWriteHasOneRowNamingActorRolePatientActionAndOutcome() {
        UUID patient = UUID.randomUUID();
        String correlationId = "edge-audit-" + UUID.randomUUID();
        Notes.write(Notes.asClinician().header("X-Correlation-Id", correlationId), patient, Notes.note("first visit", 100)).statusCode(201);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertEquals(List.of(new AuditRecord(correlationId, "dr.california", "clinician", patient, WRITE,
                "/api/v1/patients/" + patient + "/notes", 201, "SUCCESS")), rows);
    }

    @Test
    void aWritesRowIsWrittenByTheWritesOwnTransaction() {
        UUID patient = UUID.randomUUID();
        String correlationId = "edge-audit-" + UUID.randomUUID();
        Notes.write(Notes.asClinician().header("X-Correlation-Id", correlationId), patient, Notes.note("first visit", 100)).statusCode(201);

        String auditTransaction = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select xmin::text from audit_log where correlation_id = :id").setParameter("id", correlationId).getSingleResult());
        String noteTransaction = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select xmin::text from test_note where patient_id = :patient").setParameter("patient", patient).getSingleResult());
        assertEquals(noteTransaction, auditTransaction, "the note and its audit row commit together");
    }

    @Test
    void aRefusedWriteHasItsRefusedRow() {
        UUID patient = UUID.randomUUID();
        Notes.write(Notes.asClinician(), patient, Notes.note("too much", 301)).statusCode(422);

        AuditRecord row = only(auditLog.forPatient(patient));
        assertEquals(422, row.status());
        assertEquals("REFUSED", row.outcome());
        assertEquals("dr.california", row.actor());
    }

    @Test
    void aReplayedWriteIsAuditedWithTheAnswerItReplays() {
        UUID patient = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Notes.write(patient, key, Notes.note("first visit", 100)).statusCode(201);
        Notes.write(patient, key, Notes.note("first visit", 100)).statusCode(201);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertEquals(2, rows.size(), "one row per request: " + rows);
        rows.forEach(row -> assertEquals(201, row.status()));
    }

    @Test
    void aRequestWithoutATokenIsAuditedAsAnonymousAgainstThePatientItsPathNames() {
        UUID patient = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Notes.note("x", 1)).post("/api/v1/patients/{patientId}/notes", patient)
                .then().statusCode(401);

        AuditRecord row = only(auditLog.forPatient(patient));
        assertEquals(AuditRecord.ANONYMOUS, row.actor());
        assertNull(row.actorRole());
        assertEquals(401, row.status());
    }

    @Test
    void aForgedTokenIsAuditedAsAnonymous() {
        UUID patient = UUID.randomUUID();
        String[] parts = As.drCalifornia().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(Notes.note("x", 1))
                .post("/api/v1/patients/{patientId}/notes", patient).then().statusCode(401);

        assertEquals(AuditRecord.ANONYMOUS, only(auditLog.forPatient(patient)).actor());
    }

    @Test
    void aRefusedReadOfARecordIsAuditedAgainstThePatientItBelongsTo() {
        UUID patient = UUID.randomUUID();
        String location = Notes.write(Notes.asClinician(), patient, Notes.note("first visit", 100)).statusCode(201)
                .extract().header("Location");

        given().auth().oauth2(As.pharmSunrise()).get(location).then().statusCode(403);

        AuditRecord refused = auditLog.forPatient(patient).stream().filter(row -> row.status() == 403).findFirst().orElseThrow();
        assertEquals("pharm.sunrise", refused.actor());
        assertEquals("GET /api/v1/notes/{id}", refused.action());
    }

    @Test
    void theAuditTableRefusesUpdatesAndDeletes() {
        UUID patient = UUID.randomUUID();
        Notes.write(Notes.asClinician(), patient, Notes.note("first visit", 100)).statusCode(201);

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_log set actor = 'someone else' where patient_id = :patient")
                .setParameter("patient", patient).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_log where patient_id = :patient")
                .setParameter("patient", patient).executeUpdate()));
        assertEquals("dr.california", only(auditLog.forPatient(patient)).actor());
    }

    @Test
    void aChunkedBodyOverTheLimitHasItsRefusedRow() throws java.io.IOException {
        UUID patient = UUID.randomUUID();
        ChunkedBodies.send("/api/v1/patients/" + patient + "/notes", ChunkedBodies.unfinishedNoteOf(ChunkedBodies.LIMIT + 1), false);

        AuditRecord row = only(auditLog.forPatient(patient));
        assertEquals(413, row.status());
        assertEquals("REFUSED", row.outcome());
    }

    private static AuditRecord only(List<AuditRecord> rows) {
        assertEquals(1, rows.size(), "one row: " + rows);
        return rows.get(0);
    }
}
