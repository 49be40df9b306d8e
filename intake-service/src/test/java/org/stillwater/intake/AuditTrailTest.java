package org.stillwater.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.testing.As;
import org.stillwater.testing.RefusedCallers;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditLog auditLog;

    @Test
    void everyReadOfPatientDataLeavesARowWithWhoWhatAndTheOutcome() {
        UUID patient = Api.registerPatient("CA");
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}", patient).then().statusCode(200);
        given().auth().oauth2(As.globex()).get("/api/v1/patients/{id}", patient).then().statusCode(404);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        AuditRecord read = rows.stream().filter(row -> row.action().equals("GET /api/v1/patients/{id}") && row.status() == 200).findFirst().orElseThrow();
        assertEquals("service-account-partner-acme", read.actor());
        assertEquals("partner", read.actorRole());
        assertEquals("SUCCESS", read.outcome());
        AuditRecord denied = rows.stream().filter(row -> row.actor().equals("service-account-partner-globex")).findFirst().orElseThrow();
        assertEquals(404, denied.status());
        assertEquals("DENIED", denied.outcome());
    }

    @Test
    void readingAnIntakeIsAuditedAgainstItsPatient() {
        UUID patient = Api.registerPatient("CA");
        UUID intake = Api.submitIntake(patient, Api.intake());
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/intakes/{id}", intake).then().statusCode(200);
        assertTrue(auditLog.forPatient(patient).stream()
                .anyMatch(row -> row.actor().equals("dr.california") && row.action().equals("GET /api/v1/intakes/{id}")));
    }

    @Inject
    RecordOwners recordOwners;

    @Test
    void refusedReadsOfAnIntakeByItsIdNameItsPatient() {
        UUID patient = Api.registerPatient("CA");
        UUID intake = Api.submitIntake(patient, Api.intake());
        RefusedCallers.attempt(intake, request -> request.get("/api/v1/intakes/{id}", intake));
        assertEveryRefusedAttemptNamesThePatient(patient, "GET /api/v1/intakes/{id}");
    }

    @Test
    void refusedEvaluationsOfAnIntakeNameItsPatient() {
        UUID patient = Api.registerPatient("CA");
        UUID intake = Api.submitIntake(patient, Api.intake());
        Api.evaluate(As.drTexas(), intake, Api.approval()).statusCode(404);
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Api.approval())
                .post("/api/v1/intakes/{id}/evaluation", intake).then().statusCode(403);
        List<AuditRecord> rows = auditLog.forPatient(patient).stream()
                .filter(row -> row.action().equals("POST /api/v1/intakes/{id}/evaluation")).toList();
        assertTrue(rows.stream().anyMatch(row -> row.actor().equals("dr.texas") && row.status() == 404), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.actor().equals("service-account-partner-acme") && row.status() == 403), rows.toString());
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
