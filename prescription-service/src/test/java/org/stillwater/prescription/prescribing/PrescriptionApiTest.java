package org.stillwater.prescription.prescribing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;

@QuarkusTest
class PrescriptionApiTest {

    @Test
    void aLicensedClinicianPrescribesForAnApprovedPatientAndFillOneIsRequestedFromThePharmacy() {
        UUID patient = Api.approvedPatient("CA");
        var answer = Api.prescribe(As.drCalifornia(), Api.prescription(patient)).statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("clinicianId", equalTo("dr.california"))
                .body("clinicianDeaNumber", equalTo("BR1234563"))
                .body("medication", equalTo("ketamine HCl sublingual lozenge"))
                .body("rxnormCode", equalTo("6130"))
                .body("deaSchedule", equalTo("CIII"))
                .body("doseMgPerSession", equalTo(200))
                .body("refillsAuthorized", equalTo(5))
                .body("refillsRemaining", equalTo(5))
                .body("fills", hasSize(1))
                .body("fills[0].fillNumber", equalTo(1))
                .body("fills[0].status", equalTo("REQUESTED"))
                .body("refill.releasable", equalTo(false))
                .body("refill.reasons.code", hasItem("fill-in-transit"))
                .extract();
        UUID id = UUID.fromString(answer.path("prescriptionId"));
        assertTrue(answer.header("Location").endsWith("/api/v1/prescriptions/" + id), answer.header("Location"));

        try (PatientEvents events = PatientEvents.on(Topics.PRESCRIPTION_EVENTS, patient)) {
            PrescriptionIssued issued = events.await(EventType.PRESCRIPTION_ISSUED).data(PrescriptionIssued.class);
            assertEquals(id, issued.prescriptionId());
            assertEquals("dr.california", issued.clinicianId());
            assertEquals("sunrise", issued.pharmacyId());
            assertEquals("6130", issued.rxnormCode());
            assertEquals(100, issued.strengthMg());
            assertEquals(2, issued.unitsPerSession());
            assertEquals(200, issued.doseMgPerSession());
            assertEquals(6, issued.quantityPerFill());
            assertEquals(5, issued.refillsAuthorized());
            assertNull(issued.supersedesPrescriptionId());
            ZoneId california = ZoneId.of("America/Los_Angeles");
            LocalDate issuedOn = LocalDate.ofInstant(issued.issuedAt(), california);
            assertEquals(issuedOn.plusMonths(6).plusDays(1).atStartOfDay(california).toInstant(), issued.expiresAt(),
                    "the end of the day six months after the issue date, in California");
        }
        try (PatientEvents shipments = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentRequested requested = shipments.await(EventType.SHIPMENT_REQUESTED).data(ShipmentRequested.class);
            assertEquals(id, requested.prescriptionId());
            assertEquals("sunrise", requested.pharmacyId());
            assertEquals(1, requested.fillNumber());
            assertEquals(6, requested.quantity());
            assertEquals(100, requested.strengthMg());
            assertEquals("ketamine HCl sublingual lozenge", requested.medication());
            assertTrue(requested.adultSignatureRequired());
            assertEquals(Api.SHIP_TO, requested.shipTo());
        }
    }

    @Test
    void aPatientWithoutAnApprovalCannotBePrescribedFor() {
        Api.prescribe(As.drCalifornia(), Api.prescription(UUID.randomUUID())).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aClinicianNotLicensedInThePatientsStateDoesNotSeeThePatient() {
        UUID patient = Api.approvedPatient("CA");
        Api.prescribe(As.drTexas(), Api.prescription(patient)).statusCode(404);
    }

    @Test
    void aPharmacyNotLicensedInThePatientsStateIsRefused() {
        UUID patient = Api.approvedPatient("TX");
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("pharmacyId", "harbor");
        Api.prescribe(As.drTexas(), prescription).statusCode(422)
                .body("type", equalTo("https://stillwater.example/problems/prescription-refused"))
                .body("errors.code", equalTo(List.of("pharmacy-not-licensed")))
                .body("errors[0].field", equalTo("pharmacyId"));
        prescription.put("pharmacyId", "sunrise");
        Api.prescribe(As.drTexas(), prescription).statusCode(201).body("clinicianDeaNumber", equalTo("BM6125341"));
    }

    @Test
    void aPharmacyOutsideTheRegistryIsRefused() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("pharmacyId", "corner-drugstore");
        Api.prescribe(As.drCalifornia(), prescription).statusCode(422).body("errors.code", equalTo(List.of("unknown-pharmacy")));
    }

    @Test
    void sixRefillsAreRefusedAndNothingIsWritten() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("refills", 6);
        Api.prescribe(As.drCalifornia(), prescription).statusCode(422)
                .body("errors.code", equalTo(List.of("too-many-refills")))
                .body("errors[0].field", equalTo("refills"));
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/prescriptions", patient)
                .then().statusCode(200).body("total", equalTo(0));
        try (PatientEvents events = PatientEvents.on(Topics.PRESCRIPTION_EVENTS, patient)) {
            assertTrue(events.events().isEmpty());
        }
    }

    @Test
    void aDoseAboveTheProtocolMaximumIsRefusedWithEveryOtherReason() {
        UUID patient = Api.approvedPatient(UUID.randomUUID(), "acme", "CA", 200);
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("unitsPerSession", 3);
        prescription.put("quantityPerFill", 2);
        prescription.put("refills", 9);
        Api.prescribe(As.drCalifornia(), prescription).statusCode(422)
                .body("errors.code", equalTo(List.of("too-many-refills", "dose-above-protocol-maximum", "quantity-below-one-session")));
    }

    @Test
    void theProtocolMaximumItselfIsAllowed() {
        UUID patient = Api.approvedPatient(UUID.randomUUID(), "acme", "CA", 200);
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("strengthMg", 50);
        prescription.put("unitsPerSession", 4);
        Api.prescribe(As.drCalifornia(), prescription).statusCode(201).body("doseMgPerSession", equalTo(200));
    }

    @Test
    void onlyAClinicianPrescribes() {
        UUID patient = Api.approvedPatient("CA");
        Api.prescribe(As.acme(), Api.prescription(patient)).statusCode(403);
        Api.prescribe(As.pharmSunrise(), Api.prescription(patient)).statusCode(403);
        Api.prescribe(As.ops(), Api.prescription(patient)).statusCode(403);
        given().contentType(ContentType.JSON).body(Api.prescription(patient)).post("/api/v1/prescriptions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void malformedFieldsAreNamedAndNothingIsWritten() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.remove("strengthMg");
        prescription.put("unitsPerSession", 0);
        prescription.put("directions", " ");
        prescription.put("refills", -1);
        Api.prescribe(As.drCalifornia(), prescription).statusCode(400)
                .body("errors.field", containsInAnyOrder("directions", "refills", "strengthMg", "unitsPerSession"));

        Map<String, Object> badPatient = Api.prescription(patient);
        badPatient.put("patientId", "not-a-uuid");
        Api.prescribe(As.drCalifornia(), badPatient).statusCode(400).body("errors[0].field", equalTo("patientId"));

        Map<String, Object> wrongType = Api.prescription(patient);
        wrongType.put("strengthMg", "a lot");
        Api.prescribe(As.drCalifornia(), wrongType).statusCode(400).body("errors[0].field", equalTo("strengthMg"));

        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body("{\"patientId\":").post("/api/v1/prescriptions")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/prescriptions", patient)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void quantityAndRefillsAuthorizedAreAcceptedAsOtherNames() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.remove("quantityPerFill");
        prescription.remove("refills");
        prescription.put("quantity", 8);
        prescription.put("refillsAuthorized", 2);
        Api.prescribe(As.drCalifornia(), prescription).statusCode(201)
                .body("quantityPerFill", equalTo(8)).body("refillsAuthorized", equalTo(2));
    }

    @Test
    void aFieldGivenUnderBothItsNamesIsRefusedNotReadLastWins() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> quantityTwice = Api.prescription(patient);
        quantityTwice.put("quantity", 100);
        Api.prescribe(As.drCalifornia(), quantityTwice).statusCode(400)
                .body("errors[0].field", equalTo("quantityPerFill")).body("errors[0].code", equalTo("duplicate-field"));
        Map<String, Object> refillsTwice = Api.prescription(patient);
        refillsTwice.put("refillsAuthorized", 5);
        Api.prescribe(As.drCalifornia(), refillsTwice).statusCode(400)
                .body("errors[0].field", equalTo("refills")).body("errors[0].code", equalTo("duplicate-field"));
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/patients/{id}/prescriptions", patient)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNewPrescriptionSupersedesTheActiveOneAndItsUndispatchedFill() {
        UUID patient = Api.approvedPatient("CA");
        UUID first = Api.prescribe(patient, "CA");
        UUID firstFill = Api.shipmentOf(first, 1);
        Map<String, Object> higher = Api.prescription(patient);
        higher.put("unitsPerSession", 3);
        UUID second = Api.prescribed(As.drCalifornia(), higher);

        Api.prescriptionAs(As.acme(), first).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("SUPERSEDED"))
                .body("supersededByPrescriptionId", equalTo(second.toString()))
                .body("fills[0].status", equalTo("CANCELLED"))
                .body("fills[0].cancellationReason", equalTo("PRESCRIPTION_CANCELLED"));
        Api.prescriptionAs(As.acme(), second).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("supersedesPrescriptionId", equalTo(first.toString()))
                .body("fills[0].fillNumber", equalTo(1))
                .body("fills[0].status", equalTo("REQUESTED"));

        try (PatientEvents events = PatientEvents.on(Topics.PRESCRIPTION_EVENTS, patient)) {
            PrescriptionCancelled cancelled = events.await(EventType.PRESCRIPTION_CANCELLED).data(PrescriptionCancelled.class);
            assertEquals(first, cancelled.prescriptionId());
            assertEquals("SUPERSEDED", cancelled.reason());
            assertEquals(second, cancelled.supersededByPrescriptionId());
            PrescriptionIssued issued = events.await(EventType.PRESCRIPTION_ISSUED, e -> e.data(PrescriptionIssued.class).prescriptionId().equals(second))
                    .data(PrescriptionIssued.class);
            assertEquals(first, issued.supersedesPrescriptionId());
            assertEquals(300, issued.doseMgPerSession());
        }
        try (PatientEvents shipments = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentCancelled cancelled = shipments.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(firstFill, cancelled.shipmentId());
            assertEquals("PRESCRIPTION_CANCELLED", cancelled.reason());
            shipments.await(EventType.SHIPMENT_REQUESTED, e -> e.data(ShipmentRequested.class).prescriptionId().equals(second));
        }
    }

    @Test
    void aPrescriptionIsSeenByThePatientsPartnerAndLicensedCliniciansOnly() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.prescriptionAs(As.acme(), prescription).statusCode(200).body("patientId", equalTo(patient.toString()));
        Api.prescriptionAs(As.drCalifornia(), prescription).statusCode(200);
        Api.prescriptionAs(As.globex(), prescription).statusCode(404);
        Api.prescriptionAs(As.drTexas(), prescription).statusCode(404);
        Api.prescriptionAs(As.pharmSunrise(), prescription).statusCode(403);
        Api.prescriptionAs(As.acme(), UUID.randomUUID()).statusCode(404);
        given().auth().oauth2(As.acme()).get("/api/v1/prescriptions/{id}", "12345").then().statusCode(400)
                .body("errors[0].field", equalTo("prescriptionId"));
    }

    @Test
    void aPatientsPrescriptionsAreListedNewestFirst() {
        UUID patient = Api.approvedPatient("NY");
        UUID first = Api.prescribe(patient, "NY");
        UUID second = Api.prescribe(patient, "NY");
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}/prescriptions", patient).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.prescriptionId", equalTo(List.of(second.toString(), first.toString())))
                .body("items.status", equalTo(List.of("ACTIVE", "CANCELLED")));
        given().auth().oauth2(As.acme()).queryParam("size", 1).queryParam("page", 1).get("/api/v1/patients/{id}/prescriptions", patient)
                .then().statusCode(200).body("items.prescriptionId", equalTo(List.of(first.toString())));
        given().auth().oauth2(As.globex()).get("/api/v1/patients/{id}/prescriptions", patient).then().statusCode(404);
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}/prescriptions", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(As.acme()).queryParam("size", 101).get("/api/v1/patients/{id}/prescriptions", patient)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(As.acme()).queryParam("page", "first").get("/api/v1/patients/{id}/prescriptions", patient)
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aClinicianCancelsWithAWrittenReasonAndTheUndispatchedFillIsCancelled() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID fill = Api.shipmentOf(prescription, 1);
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/prescriptions/{id}/cancellation", prescription).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Map.of("reason", "patient moved"))
                .post("/api/v1/prescriptions/{id}/cancellation", prescription).then().statusCode(403);
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body(Map.of("reason", "patient asked to stop"))
                .post("/api/v1/prescriptions/{id}/cancellation", prescription).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("CANCELLED_BY_CLINICIAN"))
                .body("cancellationNote", equalTo("patient asked to stop"))
                .body("cancelledBy", equalTo("dr.california"))
                .body("fills[0].status", equalTo("CANCELLED"))
                .body("refill.reasons.code", hasItems("prescription-not-active"));
        given().auth().oauth2(As.drCalifornia()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/prescriptions/{id}/cancellation", prescription).then().statusCode(409)
                .body("errors[0].code", equalTo("prescription-not-active"));

        try (PatientEvents events = PatientEvents.on(Topics.PRESCRIPTION_EVENTS, patient)) {
            PrescriptionCancelled cancelled = events.await(EventType.PRESCRIPTION_CANCELLED).data(PrescriptionCancelled.class);
            assertEquals("CANCELLED_BY_CLINICIAN", cancelled.reason());
            assertNull(cancelled.supersededByPrescriptionId());
        }
        try (PatientEvents shipments = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentCancelled cancelled = shipments.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(fill, cancelled.shipmentId());
            assertEquals("PRESCRIPTION_CANCELLED", cancelled.reason());
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstPrescriptionAndIssuesNothingMore() {
        UUID patient = Api.approvedPatient("CA");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(As.drCalifornia()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Api.prescription(patient)).post("/api/v1/prescriptions").then().statusCode(201).extract().path("prescriptionId");
        String second = given().auth().oauth2(As.drCalifornia()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Api.prescription(patient)).post("/api/v1/prescriptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("prescriptionId");
        assertEquals(first, second);
        Map<String, Object> other = Api.prescription(patient);
        other.put("refills", 1);
        given().auth().oauth2(As.drCalifornia()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(other).post("/api/v1/prescriptions").then().statusCode(422);
        given().auth().oauth2(As.acme()).get("/api/v1/patients/{id}/prescriptions", patient).then()
                .body("total", equalTo(1)).body("items[0].supersedesPrescriptionId", nullValue());
    }
}
