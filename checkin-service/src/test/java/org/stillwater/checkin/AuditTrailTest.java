package org.stillwater.checkin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.testing.As;

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
}
