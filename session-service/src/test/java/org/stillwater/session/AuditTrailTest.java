package org.stillwater.session;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.TreeSet;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.testing.RefusedCallers;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.testing.As;

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
        List<AuditRecord> rows = auditLog.forPatient(patient).stream().filter(row -> row.action().equals(action)).toList();
        for (RefusedCallers.Refused refused : RefusedCallers.OF_A_PATIENT_OF_ACME) {
            assertTrue(rows.stream().anyMatch(row -> row.actor().equals(refused.actor()) && row.status() == refused.status()
                    && row.outcome().equals("DENIED")), refused.actor() + " " + refused.status() + " on " + action + " in " + rows);
        }
    }

    @Test
    void everyPathParameterThatNamesARecordHasItsPatient() {
        Set<String> parameters = new TreeSet<>();
        given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().<String, Object>getMap("paths").keySet()
                .forEach(path -> java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path).results().forEach(match -> parameters.add(match.group(1))));
        parameters.removeAll(Set.of("patientId", "pharmacyId"));
        assertEquals(parameters, new TreeSet<>(recordOwners.byPathParameter().keySet()));
    }
}
