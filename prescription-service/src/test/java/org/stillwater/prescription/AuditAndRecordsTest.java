package org.stillwater.prescription;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.testing.As;
import org.stillwater.testing.RefusedCallers;

/** HIPAA audit rows for every read and write of a patient's prescriptions and fills; DEA records are never deleted. */
@QuarkusTest
class AuditAndRecordsTest {

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager entityManager;

    @Test
    void readingAPrescriptionIsAuditedAgainstItsPatientWhateverTheAnswer() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.prescriptionAs(As.acme(), prescription).statusCode(200);
        Api.prescriptionAs(As.globex(), prescription).statusCode(404);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        AuditRecord prescribed = rows.stream().filter(row -> row.action().equals("POST /api/v1/prescriptions")).findFirst().orElseThrow();
        assertEquals("dr.california", prescribed.actor());
        assertEquals("clinician", prescribed.actorRole());
        assertEquals("SUCCESS", prescribed.outcome());
        AuditRecord read = rows.stream().filter(row -> row.action().equals("GET /api/v1/prescriptions/{id}") && row.status() == 200)
                .findFirst().orElseThrow();
        assertEquals("service-account-partner-acme", read.actor());
        AuditRecord refused = rows.stream().filter(row -> row.actor().equals("service-account-partner-globex")).findFirst().orElseThrow();
        assertEquals(404, refused.status(), "the caller learns nothing, and the audit row still names whose record it tried to see");
    }

    @Test
    void aRefusedRefillAndAPharmacistsDispatchAreAuditedAgainstThePatient() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.refill(As.acme(), prescription).statusCode(409);
        Api.dispatch(As.pharmSunrise(), Api.shipmentOf(prescription, 1), Api.dispatch(6)).statusCode(200);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        AuditRecord refused = rows.stream().filter(row -> row.action().equals("POST /api/v1/prescriptions/{id}/refills")).findFirst().orElseThrow();
        assertEquals(409, refused.status());
        assertEquals("REFUSED", refused.outcome());
        AuditRecord dispatched = rows.stream().filter(row -> row.action().equals("POST /api/v1/shipments/{id}/dispatch")).findFirst().orElseThrow();
        assertEquals("pharm.sunrise", dispatched.actor());
        assertEquals("pharmacist", dispatched.actorRole());
    }

    @Test
    void prescriptionsAndDispensingRecordsCannotBeDeleted() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from shipment where prescription_id = :id").setParameter("id", prescription).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from prescription where id = :id").setParameter("id", prescription).executeUpdate()));
        Api.prescriptionAs(As.acme(), prescription).statusCode(200);
        Api.shipmentOf(prescription, 1);
    }

    @Inject
    RecordOwners recordOwners;

    @Test
    void refusedReadsOfAPrescriptionByItsIdNameItsPatient() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        RefusedCallers.attempt(prescription, request -> request.get("/api/v1/prescriptions/{id}", prescription));
        assertEveryRefusedAttemptNamesThePatient(patient, "GET /api/v1/prescriptions/{id}");
    }

    @Test
    void refusedRefillsAndCancellationsByPrescriptionIdNameItsPatient() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.refill(As.globex(), prescription).statusCode(404);
        Api.refill(As.ops(), prescription).statusCode(403);
        given().auth().oauth2(As.drTexas()).contentType(ContentType.JSON).body(java.util.Map.of("reason", "not mine"))
                .post("/api/v1/prescriptions/{id}/cancellation", prescription).then().statusCode(404);
        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/prescriptions/{id}/refills")
                && row.actor().equals("service-account-partner-globex") && row.status() == 404));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/prescriptions/{id}/refills")
                && row.actor().equals("ops") && row.status() == 403));
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("POST /api/v1/prescriptions/{id}/cancellation")
                && row.actor().equals("dr.texas") && row.status() == 404));
    }

    @Test
    void anotherPharmacysOrAPartnersDispatchOfAShipmentNamesItsPatient() {
        UUID patient = Api.approvedPatient("CA");
        UUID shipment = Api.shipmentOf(Api.prescribe(patient, "CA"), 1);
        Api.dispatch(As.pharmHarbor(), shipment, Api.dispatch(6)).statusCode(404);
        Api.dispatch(As.acme(), shipment, Api.dispatch(6)).statusCode(403);
        given().contentType(ContentType.JSON).body(Api.dispatch(6)).post("/api/v1/shipments/{id}/dispatch", shipment).then().statusCode(401);
        List<AuditRecord> rows = auditLog.forPatient(patient).stream()
                .filter(row -> row.action().equals("POST /api/v1/shipments/{id}/dispatch")).toList();
        assertTrue(rows.stream().anyMatch(row -> row.actor().equals("pharm.harbor") && row.status() == 404), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.actor().equals("service-account-partner-acme") && row.status() == 403), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.actor().equals("anonymous") && row.status() == 401), rows.toString());
    }

    @Test
    void aRefusedPrescriptionForAnotherStatesPatientNamesThePatientOfItsBody() {
        UUID patient = Api.approvedPatient("TX");
        Api.prescribe(As.drCalifornia(), Api.prescription(patient)).statusCode(404);
        assertTrue(auditLog.forPatient(patient).stream().anyMatch(row -> row.action().equals("POST /api/v1/prescriptions")
                && row.actor().equals("dr.california") && row.status() == 404));
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
