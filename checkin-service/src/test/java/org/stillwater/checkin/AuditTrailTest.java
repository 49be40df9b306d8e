package org.stillwater.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
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

    @Inject
    Clock clock;

    @Test
    void readingTheQueueACheckInAndCompletingItAreAuditedAgainstThePatient() {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        UUID onboarding = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        Api.queue(As.drCalifornia(), "DUE");
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/checkins/{id}", onboarding).then().statusCode(200);
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201);
        given().auth().oauth2(As.drTexas()).get("/api/v1/checkins/{id}", onboarding).then().statusCode(404);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /api/v1/checkins") && row.actor().equals("dr.california")));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /api/v1/checkins/{id}") && row.status() == 200));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/checkins/{id}/completion")
                && row.outcome().equals("SUCCESS")));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /api/v1/patients/{id}/checkins")));
    }

    @Inject
    RecordOwners recordOwners;

    @Test
    void refusedReadsOfACheckInByItsIdNameItsPatient() {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        UUID onboarding = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        RefusedCallers.attempt(onboarding, request -> request.get("/api/v1/checkins/{id}", onboarding));
        assertEveryRefusedAttemptNamesThePatient(patient, "GET /api/v1/checkins/{id}");
        Api.complete(As.drTexas(), onboarding, Api.completion("CONTINUE")).statusCode(404);
        Api.complete(As.acme(), onboarding, Api.completion("CONTINUE")).statusCode(403);
        List<AuditRecord> rows = auditLog.forPatient(patient).stream()
                .filter(row -> row.action().equals("POST /api/v1/checkins/{id}/completion")).toList();
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
