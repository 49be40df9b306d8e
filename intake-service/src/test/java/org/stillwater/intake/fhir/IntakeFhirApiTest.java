package org.stillwater.intake.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.fhir.FhirApi;
import org.stillwater.intake.Api;
import org.stillwater.intake.patient.DemoPatients;
import org.stillwater.testing.As;

/** intake-service's FHIR R4 read API: valid resources, the REST API's scoping, its audit, OperationOutcome errors. */
@QuarkusTest
class IntakeFhirApiTest {

    @Inject
    AuditLog auditLog;

    @Test
    void aPartnerReadsItsPatientAsAValidFhirPatient() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.read(As.acme(), "/fhir/r4/Patient/{id}", patient);
        FhirApi.get(As.acme(), "/fhir/r4/Patient/{id}", patient)
                .body("resourceType", equalTo("Patient"))
                .body("id", equalTo(patient.toString()))
                .body("name[0].family", equalTo("Test"))
                .body("birthDate", equalTo("1990-01-01"))
                .body("address[0].state", equalTo("CA"));
    }

    @Test
    void anIntakesScoresAndBloodPressureAreValidObservationsWithTheirLoincCodes() {
        UUID patient = Api.registerPatient("CA");
        Api.submitIntake(patient, Api.intake());
        FhirApi.read(As.drCalifornia(), "/fhir/r4/Observation?patient=Patient/{id}", patient);
        FhirApi.get(As.drCalifornia(), "/fhir/r4/Observation?patient=Patient/{id}", patient)
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("total", equalTo(4))
                .body("entry.resource.code.coding.code.flatten()", hasItems("44261-6", "44260-8", "70274-6", "85354-9"))
                .body("entry.find { it.resource.code.coding[0].code == '44261-6' }.resource.valueInteger", equalTo(14))
                .body("entry.find { it.resource.code.coding[0].code == '85354-9' }.resource.component[0].valueQuantity.code", equalTo("mm[Hg]"))
                .body("entry.find { it.resource.code.coding[0].code == '85354-9' }.resource.component[0].valueQuantity.value", equalTo(124));
    }

    @Test
    void anIntakesAnswersAreValidQuestionnaireResponses() {
        UUID patient = Api.registerPatient("CA");
        Api.submitIntake(patient, Api.intake());
        FhirApi.read(As.acme(), "/fhir/r4/QuestionnaireResponse?patient={id}", patient);
        FhirApi.get(As.acme(), "/fhir/r4/QuestionnaireResponse?patient={id}", patient)
                .body("total", equalTo(2))
                .body("entry[0].resource.item.size()", equalTo(9))
                .body("entry[1].resource.item.size()", equalTo(7));
    }

    @Test
    void anotherPartnersPatientIsNotFound() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.refused(FhirApi.get(As.globex(), "/fhir/r4/Patient/{id}", patient), 404, "not-found");
        FhirApi.refused(FhirApi.get(As.globex(), "/fhir/r4/Observation?patient={id}", patient), 404, "not-found");
    }

    @Test
    void aPatientSeesOnlyThemself() {
        FhirApi.read(As.alex(), "/fhir/r4/Patient/{id}", DemoPatients.ALEX);
        FhirApi.refused(FhirApi.get(As.alex(), "/fhir/r4/Patient/{id}", DemoPatients.BLAIR), 404, "not-found");
        FhirApi.refused(FhirApi.get(As.alex(), "/fhir/r4/QuestionnaireResponse?patient={id}", DemoPatients.BLAIR), 404, "not-found");
    }

    @Test
    void aClinicianSeesPatientsOfTheirLicensedStatesOnly() {
        UUID californian = Api.registerPatient("CA");
        FhirApi.read(As.drCalifornia(), "/fhir/r4/Patient/{id}", californian);
        FhirApi.refused(FhirApi.get(As.drTexas(), "/fhir/r4/Patient/{id}", californian), 404, "not-found");
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        FhirApi.refused(FhirApi.get(null, "/fhir/r4/Patient/{id}", DemoPatients.ALEX), 401, "login");
        FhirApi.refused(FhirApi.get(null, "/fhir/r4/metadata"), 401, "login");
    }

    @Test
    void opsAndPharmacistsSeeNoPatientRecordsButTheCapabilityStatement() {
        FhirApi.refused(FhirApi.get(As.ops(), "/fhir/r4/Patient/{id}", DemoPatients.ALEX), 403, "forbidden");
        FhirApi.refused(FhirApi.get(As.pharmSunrise(), "/fhir/r4/Observation?patient={id}", DemoPatients.ALEX), 403, "forbidden");
        FhirApi.read(As.ops(), "/fhir/r4/metadata");
    }

    @Test
    void theCapabilityStatementListsWhatThisServiceServes() {
        FhirApi.read(As.acme(), "/fhir/r4/metadata");
        FhirApi.get(As.acme(), "/fhir/r4/metadata")
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", equalTo(List.of("Patient", "Observation", "QuestionnaireResponse")));
    }

    @Test
    void hostileIdsAreInvalidRequests() {
        for (String id : List.of("not-a-uuid", "%C3%BC%F0%9F%98%80", "5b0a6c1e-2f4d-4e8a-9c3b-7d1e0f2a4b6%00", "x".repeat(2000),
                "%27%20or%201%3D1--")) {
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/Patient/" + id), 400, "invalid");
            FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/Observation?patient=" + id), 400, "invalid");
        }
    }

    @Test
    void anUnknownPatientIsNotFound() {
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/Patient/{id}", UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void aSearchMustNameThePatient() {
        FhirApi.refused(FhirApi.get(As.drCalifornia(), "/fhir/r4/Observation"), 400, "invalid")
                .body("issue[0].expression[0]", equalTo("http.patient"));
    }

    @Test
    void aSearchIgnoresParametersOtherThanThePatientAndItsSelfLinkCarriesOnlyThePatient() {
        UUID patient = Api.registerPatient("CA");
        Api.submitIntake(patient, Api.intake());
        FhirApi.get(As.drCalifornia(), "/fhir/r4/Observation?patient=Patient/{id}&code=44261-6&_since=2099-01-01T00:00:00Z&_count=1", patient)
                .body("total", equalTo(4))
                .body("link.find { it.relation == 'self' }.url", endsWith("/fhir/r4/Observation?patient=Patient%2F" + patient));
    }

    @Test
    void everythingIsUnavailableRatherThanPartialWhenAnotherServiceDoesNotAnswer() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/Patient/{id}/$everything", patient), 503, "transient")
                .body("issue[0].details.coding[0].code", equalTo("fhir-source-unavailable"));
    }

    @Test
    void everythingIsReachedWithTheDollarSignAsWrittenOrPercentEncoded() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/Patient/" + patient + "/$everything"), 503, "transient");
        FhirApi.refused(FhirApi.getRaw(As.acme(), "/fhir/r4/Patient/" + patient + "/%24everything"), 503, "transient");
    }

    @Test
    void everythingOfAPatientTheCallerMayNotSeeIsNotFound() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.refused(FhirApi.get(As.globex(), "/fhir/r4/Patient/{id}/$everything", patient), 404, "not-found");
        FhirApi.refused(FhirApi.get(As.alex(), "/fhir/r4/Patient/{id}/$everything", patient), 404, "not-found");
        FhirApi.refused(FhirApi.get(null, "/fhir/r4/Patient/{id}/$everything", patient), 401, "login");
    }

    @Test
    void everyReadAndRefusalIsAuditedWithThePatient() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.get(As.acme(), "/fhir/r4/Patient/{id}", patient).statusCode(200);
        FhirApi.get(As.globex(), "/fhir/r4/Patient/{id}", patient).statusCode(404);
        FhirApi.get(null, "/fhir/r4/Observation?patient=Patient/{id}", patient).statusCode(401);
        FhirApi.get(As.drCalifornia(), "/fhir/r4/Observation?patient=Patient/{id}", patient).statusCode(200);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Patient/{id}") && row.status() == 200
                && row.actor().equals("service-account-partner-acme")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Patient/{id}") && row.status() == 404
                && row.actor().equals("service-account-partner-globex") && row.outcome().equals("DENIED")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Observation") && row.status() == 401
                && row.actor().equals("anonymous")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Observation") && row.status() == 200
                && row.actor().equals("dr.california")), rows.toString());
    }

    @Test
    void requestsForAPatientThatMatchNoEndpointAreAuditedWithThePatient() {
        UUID patient = Api.registerPatient("CA");
        given().auth().oauth2(As.acme()).delete("/fhir/r4/Patient/{id}", patient).then().statusCode(405);
        given().auth().oauth2(As.acme()).accept("application/fhir+xml").get("/fhir/r4/Patient/{id}", patient).then().statusCode(406);
        FhirApi.get(As.acme(), "/fhir/r4/Patient/{id}/_history/1", patient).statusCode(404);

        List<AuditRecord> rows = auditLog.forPatient(patient);
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("DELETE /fhir/r4/Patient/{id}") && row.status() == 405), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Patient/{id}") && row.status() == 406), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.action().equals("GET /fhir/r4/Patient/{id}/_history/1") && row.status() == 404), rows.toString());
    }

    @Test
    void aFormatOtherThanR4JsonIsNotAcceptableWhetherAskedByFormatParameterOrByFhirVersion() {
        UUID patient = Api.registerPatient("CA");
        FhirApi.refused(FhirApi.get(As.acme(), "/fhir/r4/Patient/{id}?_format=xml", patient), 406, "not-supported");
        FhirApi.refused(given().auth().oauth2(As.acme()).queryParam("_format", "application/fhir+xml")
                .get("/fhir/r4/Patient/{id}", patient).then(), 406, "not-supported");
        FhirApi.refused(given().auth().oauth2(As.acme()).accept("application/fhir+json;fhirVersion=3.0")
                .get("/fhir/r4/Patient/{id}", patient).then(), 406, "not-supported");
        FhirApi.read(As.acme(), "/fhir/r4/Patient/{id}?_format=json", patient);
        given().auth().oauth2(As.acme()).queryParam("_format", "application/fhir+json").get("/fhir/r4/Patient/{id}", patient)
                .then().statusCode(200).body("resourceType", equalTo("Patient"));
    }
}
