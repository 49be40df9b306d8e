package org.stillwater.session;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.testing.As;
import org.stillwater.testing.RefusedCallers;

/** Every read and write of a patient's sessions leaves an audit row against that patient (HIPAA audit control). */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditLog auditLog;

    @Inject
    ServiceClock clock;

    @Test
    void startsCompletionsAndReadsAreAuditedAgainstThePatient() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.complete(As.acme(), session, Api.log()).statusCode(200);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/sessions/{id}", session).then().statusCode(200);
        given().auth().oauth2(As.globex()).get("/api/v1/patients/{id}/sessions", patient).then().statusCode(404);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/patients/{id}/sessions") && row.status() == 201
                && row.actor().equals("service-account-partner-acme")));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/sessions/{id}/completion") && row.status() == 200));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /api/v1/sessions/{id}") && row.actor().equals("dr.california")));
        AuditRecord denied = rows.stream().filter(row -> row.actor().equals("service-account-partner-globex")).findFirst().orElseThrow();
        assertEquals(404, denied.status());
        assertEquals("DENIED", denied.outcome());
    }

    @Inject
    RecordOwners recordOwners;

    @Test
    void refusedReadsOfASessionByItsIdNameItsPatient() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        RefusedCallers.attempt(session, request -> request.get("/api/v1/sessions/{id}", session));
        assertEveryRefusedAttemptNamesThePatient(patient, "GET /api/v1/sessions/{id}");
        RefusedCallers.attempt(session, request -> request.body(Api.log()).post("/api/v1/sessions/{id}/completion", session));
        assertEveryRefusedAttemptNamesThePatient(patient, "POST /api/v1/sessions/{id}/completion");
    }

    /** Each refused caller's audit row for {@code action} names the patient, with the answer it got. */
    private void assertEveryRefusedAttemptNamesThePatient(UUID patient, String action) {
        RefusedCallers.assertEachAttemptIsAudited(auditLog.forPatient(patient).stream().filter(row -> row.action().equals(action)).toList(),
                AuditRecord::actor, AuditRecord::status, AuditRecord::outcome);
    }

    @Test
    void everyPathParameterThatNamesARecordHasItsPatient() {
        assertEquals(RefusedCallers.recordIdParameters(), new TreeSet<>(recordOwners.byPathParameter().keySet()));
    }
}
