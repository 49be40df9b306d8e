package org.stillwater.checkin.fhir;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.fhir.FhirApi;
import org.stillwater.testing.As;

/** checkin-service's FHIR R4 read API: valid resources, the REST API's scoping, its audit, OperationOutcome errors. */
@QuarkusTest
class CheckInFhirApiTest {

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    private record Onboarded(UUID patient, UUID checkIn) {
    }

    /** A Californian patient of acme whose onboarding check-in dr.california completed with PHQ-9 7 and GAD-7 5. */
    private Onboarded onboarded() {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        UUID onboarding = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201);
        return new Onboarded(patient, onboarding);
    }

    @Test
    void aCompletedCheckInIsAValidFinishedVirtualEncounter() {
        Onboarded onboarded = onboarded();
        FhirApi.read(As.acme(), "/fhir/r4/Encounter/{id}", onboarded.checkIn());
        FhirApi.get(As.acme(), "/fhir/r4/Encounter/{id}", onboarded.checkIn())
                .body("status", equalTo("finished"))
                .body("class.code", equalTo("VR"))
                .body("type[0].coding[0].code", equalTo("ONBOARDING"))
                .body("subject.reference", equalTo("Patient/" + onboarded.patient()))
                .body("participant[0].individual.display", equalTo("dr.california"));
    }

    @Test
    void everyCheckInOfThePatientIsAnEncounterPlannedUntilCompleted() {
        UUID patient = Api.approvedPatient("CA", clock.instant());
        Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        FhirApi.read(As.drCalifornia(), "/fhir/r4/Encounter?patient=Patient/{id}", patient);
        FhirApi.get(As.drCalifornia(), "/fhir/r4/Encounter?patient=Patient/{id}", patient)
                .body("entry.find { it.resource.type[0].coding[0].code == 'ONBOARDING' }.resource.status", equalTo("planned"));
    }

    @Test
    void theScalesMeasuredAtACheckInAreValidObservationsAndQuestionnaireResponsesOfItsEncounter() {
        Onboarded onboarded = onboarded();
        FhirApi.read(As.acme(), "/fhir/r4/Observation?patient={id}", onboarded.patient());
        FhirApi.get(As.acme(), "/fhir/r4/Observation?patient={id}", onboarded.patient())
                .body("total", equalTo(3))
                .body("entry.resource.code.coding.code.flatten()", hasItems("44261-6", "44260-8", "70274-6"))
                .body("entry.find { it.resource.code.coding[0].code == '44261-6' }.resource.valueInteger", equalTo(7))
                .body("entry.find { it.resource.code.coding[0].code == '70274-6' }.resource.valueInteger", equalTo(5))
                .body("entry[0].resource.encounter.reference", equalTo("Encounter/" + onboarded.checkIn()));
        FhirApi.read(As.acme(), "/fhir/r4/QuestionnaireResponse?patient={id}", onboarded.patient());
        FhirApi.get(As.acme(), "/fhir/r4/QuestionnaireResponse?patient={id}", onboarded.patient())
                .body("total", equalTo(2));
    }

    @Test
    void anotherPartnerAnotherPatientOrAnUnlicensedClinicianFindsNothing() {
        Onboarded onboarded = onboarded();
        for (String token : List.of(As.globex(), As.alex(), As.drTexas())) {
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/Encounter/{id}", onboarded.checkIn()), 404, "not-found");
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/Encounter?patient={id}", onboarded.patient()), 404, "not-found");
            FhirApi.refused(FhirApi.get(token, "/fhir/r4/QuestionnaireResponse?patient={id}", onboarded.patient()), 404, "not-found");
        }
    }

    @Test
    void withoutATokenItIsUnauthorizedAndOpsIsForbidden() {
        Onboarded onboarded = onboarded();
        FhirApi.refused(FhirApi.get(null, "/fhir/r4/Encounter/{id}", onboarded.checkIn()), 401, "login");
        FhirApi.refused(FhirApi.get(As.ops(), "/fhir/r4/Encounter/{id}", onboarded.checkIn()), 403, "forbidden");
        FhirApi.refused(FhirApi.get(As.pharmSunrise(), "/fhir/r4/Observation?patient={id}", onboarded.patient()), 403, "forbidden");
        FhirApi.read(As.ops(), "/fhir/r4/metadata");
    }

    @Test
    void hostileIdsAreInvalidRequests() {
        for (String id : List.of("not-a-uuid", "%C3%BC%F0%9F%98%80", "%00", "9".repeat(2000), "%27%20or%201%3D1--")) {
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/Encounter/" + id), 400, "invalid");
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/QuestionnaireResponse?patient=" + id), 400, "invalid");
        }
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/Encounter/{id}", UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void everyReadAndRefusalIsAuditedWithThePatient() {
        Onboarded onboarded = onboarded();
        FhirApi.get(As.acme(), "/fhir/r4/Encounter/{id}", onboarded.checkIn()).statusCode(200);
        FhirApi.get(As.globex(), "/fhir/r4/Encounter/{id}", onboarded.checkIn()).statusCode(404);
        FhirApi.get(null, "/fhir/r4/Encounter/{id}", onboarded.checkIn()).statusCode(401);

        List<AuditRecord> rows = auditLog.forPatient(onboarded.patient());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Encounter/{id}") && row.status() == 200
                && row.actor().equals("service-account-partner-acme")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Encounter/{id}") && row.status() == 404
                && row.actor().equals("service-account-partner-globex")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Encounter/{id}") && row.status() == 401
                && row.actor().equals("anonymous")), rows.toString());
    }
}
