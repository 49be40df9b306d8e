package org.stillwater.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.testing.As;

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
        assertTrue(rows.stream().noneMatch(row -> row.actor().equals("service-account-partner-globex")),
                "a caller who may not see the patient learns nothing, and their request names no patient");
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
}
