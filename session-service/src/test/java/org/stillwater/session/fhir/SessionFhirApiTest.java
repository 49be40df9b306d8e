package org.stillwater.session.fhir;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.fhir.FhirApi;
import org.stillwater.session.Api;
import org.stillwater.session.Journey;
import org.stillwater.testing.As;

/** session-service's FHIR R4 read API: valid resources, the REST API's scoping, its audit, OperationOutcome errors. */
@QuarkusTest
class SessionFhirApiTest {

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog auditLog;

    private static UUID report(UUID patient, String severity) {
        return UUID.fromString(Api.reportAdverseEvent(As.acme(), patient, severity, "LOSS_OF_CONSCIOUSNESS").statusCode(201)
                .extract().path("adverseEventId"));
    }

    @Test
    void anAdverseEventIsAValidAdverseEventWithoutItsDescription() {
        UUID patient = new Journey(clock).readyPatient();
        UUID event = report(patient, "SEVERE");
        String json = FhirApi.read(As.acme(), "/fhir/r4/AdverseEvent/{id}", event);
        assertTrue(!json.contains("felt faint"), json);
        FhirApi.get(As.acme(), "/fhir/r4/AdverseEvent/{id}", event)
                .body("actuality", equalTo("actual"))
                .body("subject.reference", equalTo("Patient/" + patient))
                .body("event.coding[0].code", equalTo("LOSS_OF_CONSCIOUSNESS"))
                .body("seriousness.coding[0].code", equalTo("Serious"))
                .body("severity.coding[0].code", equalTo("severe"))
                .body("contained[0].code.coding[0].code", equalTo("6130"));
    }

    @Test
    void thePatientsAdverseEventsAreSearched() {
        UUID patient = new Journey(clock).readyPatient();
        report(patient, "MILD");
        report(patient, "LIFE_THREATENING");
        FhirApi.read(As.drCalifornia(), "/fhir/r4/AdverseEvent?patient=Patient/{id}", patient);
        FhirApi.get(As.drCalifornia(), "/fhir/r4/AdverseEvent?patient=Patient/{id}", patient)
                .body("total", equalTo(2))
                .body("entry[0].resource.severity.coding[0].code", equalTo("mild"))
                .body("entry[1].resource.seriousness.coding[0].code", equalTo("SeriousIsLifeThreatening"));
    }

    @Test
    void bloodPressureBeforeAndAfterASessionAreValidVitalSigns() {
        UUID patient = new Journey(clock).readyPatient();
        UUID session = Api.start(patient);
        Api.complete(As.acme(), session, Api.log()).statusCode(200);
        FhirApi.read(As.acme(), "/fhir/r4/Observation?patient={id}", patient);
        FhirApi.get(As.acme(), "/fhir/r4/Observation?patient={id}", patient)
                .body("total", equalTo(2))
                .body("entry[0].resource.id", equalTo(session + "-blood-pressure-before"))
                .body("entry[0].resource.code.coding[0].code", equalTo("85354-9"))
                .body("entry[0].resource.component[0].valueQuantity.value", equalTo(122))
                .body("entry[1].resource.component[1].valueQuantity.value", equalTo(82))
                .body("entry[1].resource.component[1].code.coding[0].code", equalTo("8462-4"));
    }

    @Test
    void anotherPartnerAnotherPatientOrAnUnlicensedClinicianFindsNothing() {
        UUID patient = new Journey(clock).readyPatient();
        UUID event = report(patient, "MILD");
        for (String token : List.of(As.globex(), As.alex(), As.drTexas())) {
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/AdverseEvent/{id}", event), 404, "not-found");
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/AdverseEvent?patient={id}", patient), 404, "not-found");
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/Observation?patient={id}", patient), 404, "not-found");
        }
    }

    @Test
    void withoutATokenItIsUnauthorizedAndOpsIsForbidden() {
        UUID patient = new Journey(clock).readyPatient();
        UUID event = report(patient, "MILD");
        FhirApi.refused(FhirApi.get(null, "/fhir/r4/AdverseEvent/{id}", event), 401, "login");
        FhirApi.refused(FhirApi.get(As.ops(), "/fhir/r4/AdverseEvent/{id}", event), 403, "forbidden");
        FhirApi.refused(FhirApi.get(As.pharmSunrise(), "/fhir/r4/Observation?patient={id}", patient), 403, "forbidden");
        FhirApi.read(As.ops(), "/fhir/r4/metadata");
    }

    @Test
    void hostileIdsAreInvalidRequests() {
        for (String id : List.of("not-a-uuid", "%C3%BC%F0%9F%98%80", "%00", "9".repeat(2000), "%27%20or%201%3D1--")) {
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/AdverseEvent/" + id), 400, "invalid");
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/Observation?patient=" + id), 400, "invalid");
        }
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/AdverseEvent/{id}", UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void everyReadAndRefusalIsAuditedWithThePatient() {
        UUID patient = new Journey(clock).readyPatient();
        UUID event = report(patient, "MILD");
        FhirApi.get(As.acme(), "/fhir/r4/AdverseEvent/{id}", event).statusCode(200);
        FhirApi.get(As.globex(), "/fhir/r4/AdverseEvent/{id}", event).statusCode(404);
        FhirApi.get(null, "/fhir/r4/AdverseEvent/{id}", event).statusCode(401);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/AdverseEvent/{id}") && row.status() == 200
                && row.actor().equals("service-account-partner-acme")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/AdverseEvent/{id}") && row.status() == 404
                && row.actor().equals("service-account-partner-globex")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/AdverseEvent/{id}") && row.status() == 401
                && row.actor().equals("anonymous")), rows.toString());
    }
}
