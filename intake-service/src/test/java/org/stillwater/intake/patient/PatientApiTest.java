package org.stillwater.intake.patient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.intake.Api;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.testing.As;

@QuarkusTest
class PatientApiTest {

    @Test
    void aPartnerRegistersAPatientOfItsOwn() {
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Api.patient("CA", LocalDate.of(1985, 6, 1)))
                .post("/api/v1/patients")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/patients/"))
                .body("partnerId", equalTo("acme"))
                .body("stateOfResidence", equalTo("CA"));
    }

    @Test
    void aPartnerCannotRegisterAPatientForAnotherPartner() {
        Map<String, Object> patient = Api.patient("CA", LocalDate.of(1985, 6, 1));
        patient.put("partnerId", "globex");
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(patient)
                .post("/api/v1/patients")
                .then().statusCode(422).body("errors.field", hasItem("partnerId"));
    }

    @Test
    void opsRegistersAPatientForTheNamedPartner() {
        Map<String, Object> patient = Api.patient("TX", LocalDate.of(1985, 6, 1));
        patient.put("partnerId", "globex");
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(patient)
                .post("/api/v1/patients")
                .then().statusCode(201).body("partnerId", equalTo("globex"));
    }

    @Test
    void opsMustNameThePartner() {
        given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body(Api.patient("TX", LocalDate.of(1985, 6, 1)))
                .post("/api/v1/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("partnerId"));
    }

    @Test
    void anotherPartnersPatientIsNotFound() {
        UUID patient = Api.registerPatient("CA");
        given().auth().oauth2(As.globex()).get("/api/v1/patients/{id}", patient)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPatientUserSeesOnlyThemself() {
        String alex = As.alex();
        given().auth().oauth2(alex).get("/api/v1/patients/{id}", DemoPatients.ALEX).then().statusCode(200).body("givenName", equalTo("Alex"));
        given().auth().oauth2(alex).get("/api/v1/patients/{id}", DemoPatients.BLAIR).then().statusCode(404);
    }

    @Test
    void aClinicianSeesPatientsInTheirLicensedStatesOnly() {
        UUID californian = Api.registerPatient("CA");
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}", californian).then().statusCode(200);
        given().auth().oauth2(As.drTexas()).get("/api/v1/patients/{id}", californian).then().statusCode(404);
    }

    @Test
    void aPharmacistMayNotReadPatientsAtAll() {
        given().auth().oauth2(As.pharmSunrise()).get("/api/v1/patients/{id}", DemoPatients.ALEX)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblem() {
        given().get("/api/v1/patients/{id}", DemoPatients.ALEX)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aStateThatIsNotAUsStateIsRefusedNamingTheField() {
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Api.patient("XX", LocalDate.of(1985, 6, 1)))
                .post("/api/v1/patients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("stateOfResidence"));
    }

    @Test
    void anOversizeNameIsRefused() {
        Map<String, Object> patient = Api.patient("CA", LocalDate.of(1985, 6, 1));
        patient.put("givenName", "x".repeat(101));
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(patient)
                .post("/api/v1/patients")
                .then().statusCode(400).body("errors.field", hasItem("givenName"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body("{\"givenName\": ")
                .post("/api/v1/patients")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNonUuidIdIsA400NamingTheParameter() {
        given().auth().oauth2(As.acme()).get("/api/v1/patients/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("patientId"));
    }

    @Test
    void anUnknownPatientIsNotFound() {
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theSeededDemoPatientsAreTheOnesTheRealmsPatientUsersAre() {
        assertEquals(DemoAccounts.ALEX_PATIENT_ID, DemoPatients.ALEX);
        assertEquals(DemoAccounts.BLAIR_PATIENT_ID, DemoPatients.BLAIR);
    }
}
