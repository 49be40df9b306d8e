package org.stillwater.prescription.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.fhir.FhirApi;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;

/** prescription-service's FHIR R4 read API: valid resources, the REST API's scoping, its audit, OperationOutcome errors. */
@QuarkusTest
class PrescriptionFhirApiTest {

    @Inject
    AuditLog auditLog;

    private record Delivered(UUID patient, UUID prescription, UUID shipment) {
    }

    /** A Californian patient of acme with a prescription whose first fill (6 lozenges, lot KT-2026-0412) was delivered. */
    private static Delivered delivered() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID shipment = Api.shipmentOf(prescription, 1);
        Api.dispatchAndDeliver(shipment, 6);
        return new Delivered(patient, prescription, shipment);
    }

    @Test
    void aPrescriptionIsAValidMedicationRequestOfKetamineScheduleIii() {
        Delivered delivered = delivered();
        FhirApi.read(As.acme(), "/fhir/r4/MedicationRequest/{id}", delivered.prescription());
        FhirApi.get(As.acme(), "/fhir/r4/MedicationRequest/{id}", delivered.prescription())
                .body("status", equalTo("active"))
                .body("intent", equalTo("order"))
                .body("subject.reference", equalTo("Patient/" + delivered.patient()))
                .body("medicationCodeableConcept.coding[0].system", equalTo("http://www.nlm.nih.gov/research/umls/rxnorm"))
                .body("medicationCodeableConcept.coding[0].code", equalTo("6130"))
                .body("extension[0].valueCoding.code", equalTo("CIII"))
                .body("dosageInstruction[0].doseAndRate[0].doseQuantity.value", equalTo(200))
                .body("dosageInstruction[0].doseAndRate[0].doseQuantity.code", equalTo("mg"))
                .body("dispenseRequest.quantity.value", equalTo(6))
                .body("dispenseRequest.numberOfRepeatsAllowed", equalTo(5))
                .body("dispenseRequest.validityPeriod.end", notNullValue())
                .body("requester.identifier.system", equalTo("http://hl7.org/fhir/sid/us-npi"));
    }

    @Test
    void aDeliveredFillIsAValidMedicationDispenseWithItsLot() {
        Delivered delivered = delivered();
        FhirApi.read(As.drCalifornia(), "/fhir/r4/MedicationDispense/{id}", delivered.shipment());
        FhirApi.get(As.drCalifornia(), "/fhir/r4/MedicationDispense/{id}", delivered.shipment())
                .body("status", equalTo("completed"))
                .body("contained[0].batch.lotNumber", equalTo("KT-2026-0412"))
                .body("quantity.value", equalTo(6))
                .body("whenHandedOver", notNullValue())
                .body("authorizingPrescription[0].reference", equalTo("MedicationRequest/" + delivered.prescription()));
    }

    @Test
    void aFillNotYetDeliveredIsNoMedicationDispense() {
        UUID patient = Api.approvedPatient("CA");
        UUID shipment = Api.shipmentOf(Api.prescribe(patient, "CA"), 1);
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/MedicationDispense/{id}", shipment), 404, "not-found");
        FhirApi.get(As.acme(), "/fhir/r4/MedicationDispense?patient={id}", patient).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void thePatientsSearchesListTheirPrescriptionsAndDeliveredFills() {
        Delivered delivered = delivered();
        FhirApi.read(As.acme(), "/fhir/r4/MedicationRequest?patient=Patient/{id}", delivered.patient());
        FhirApi.get(As.acme(), "/fhir/r4/MedicationRequest?patient=Patient/{id}", delivered.patient())
                .body("total", equalTo(1)).body("entry[0].resource.id", equalTo(delivered.prescription().toString()));
        FhirApi.read(As.acme(), "/fhir/r4/MedicationDispense?patient={id}", delivered.patient());
        FhirApi.get(As.acme(), "/fhir/r4/MedicationDispense?patient={id}", delivered.patient())
                .body("total", equalTo(1)).body("entry[0].resource.id", equalTo(delivered.shipment().toString()));
    }

    @Test
    void anotherPartnerAnotherPatientOrAnUnlicensedClinicianFindsNothing() {
        Delivered delivered = delivered();
        for (String token : List.of(As.globex(), As.alex(), As.drTexas())) {
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/MedicationRequest/{id}", delivered.prescription()), 404, "not-found");
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/MedicationDispense/{id}", delivered.shipment()), 404, "not-found");
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/MedicationRequest?patient={id}", delivered.patient()), 404, "not-found");
        }
    }

    @Test
    void withoutATokenItIsUnauthorizedAndOpsAndPharmacistsAreForbidden() {
        Delivered delivered = delivered();
        FhirApi.refused(FhirApi.get(null, "/fhir/r4/MedicationRequest/{id}", delivered.prescription()), 401, "login");
        FhirApi.refused(FhirApi.get(As.ops(), "/fhir/r4/MedicationRequest/{id}", delivered.prescription()), 403, "forbidden");
        FhirApi.refused(FhirApi.get(As.pharmSunrise(), "/fhir/r4/MedicationDispense/{id}", delivered.shipment()), 403, "forbidden");
        FhirApi.read(As.ops(), "/fhir/r4/metadata");
    }

    @Test
    void hostileIdsAreInvalidRequests() {
        for (String id : List.of("not-a-uuid", "%C3%BC%F0%9F%98%80", "%00", "9".repeat(2000), "%27%20or%201%3D1--")) {
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/MedicationRequest/" + id), 400, "invalid");
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/MedicationDispense/" + id), 400, "invalid");
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/MedicationDispense?patient=" + id), 400, "invalid");
        }
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/MedicationRequest/{id}", UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void everyReadAndRefusalIsAuditedWithThePatient() {
        Delivered delivered = delivered();
        FhirApi.get(As.acme(), "/fhir/r4/MedicationRequest/{id}", delivered.prescription()).statusCode(200);
        FhirApi.get(As.globex(), "/fhir/r4/MedicationDispense/{id}", delivered.shipment()).statusCode(404);
        FhirApi.get(null, "/fhir/r4/MedicationDispense/{id}", delivered.shipment()).statusCode(401);
        FhirApi.get(As.ops(), "/fhir/r4/MedicationRequest?patient={id}", delivered.patient()).statusCode(403);

        List<AuditRecord> rows = auditLog.forPatient(delivered.patient());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/MedicationRequest/{id}") && row.status() == 200
                && row.actor().equals("service-account-partner-acme")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/MedicationDispense/{id}") && row.status() == 404
                && row.actor().equals("service-account-partner-globex")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/MedicationDispense/{id}") && row.status() == 401
                && row.actor().equals("anonymous")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/MedicationRequest") && row.status() == 403
                && row.actor().equals("ops")), rows.toString());
    }

    @Test
    void aMethodTheFhirApiDoesNotServeIsAuditedWithTheRecordsPatient() {
        Delivered delivered = delivered();
        given().auth().oauth2(As.acme()).delete("/fhir/r4/MedicationRequest/{id}", delivered.prescription()).then().statusCode(405);

        List<AuditRecord> rows = auditLog.forPatient(delivered.patient());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("DELETE /fhir/r4/MedicationRequest/{id}") && row.status() == 405
                && row.actor().equals("service-account-partner-acme")), rows.toString());
    }
}
