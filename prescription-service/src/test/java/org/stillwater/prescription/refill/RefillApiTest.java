package org.stillwater.prescription.refill;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

@QuarkusTest
class RefillApiTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ServiceClock clock;

    /** An approved CA patient whose fill 1 (6 lozenges, 2 per session) was delivered; returns the prescription. */
    private static UUID deliveredPrescription(UUID patient) {
        UUID prescription = Api.prescribe(patient, "CA");
        Api.dispatchAndDeliver(Api.shipmentOf(prescription, 1), 6);
        return prescription;
    }

    @Test
    void aRefillAskedTooEarlyIsRefusedWithItsReasonsAndReleasedOnceEnoughSessionsAreLogged() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = deliveredPrescription(patient);

        Api.refill(As.acme(), prescription).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/refill-refused"))
                .body("errors.code", equalTo(List.of("units-on-hand-cover-more-than-one-session")))
                .body("errors[0].field", equalTo("unitsOnHand"));

        TestEvents.publish(Api.session(patient, prescription, 1, 2));
        Eventually.assertThat(() -> Api.prescriptionAs(As.acme(), prescription).body("supply.unitsOnHand", equalTo(4)));
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("units-on-hand-cover-more-than-one-session")));

        TestEvents.publish(Api.session(patient, prescription, 2, 2));
        Eventually.assertThat(() -> Api.prescriptionAs(As.acme(), prescription)
                .body("supply.unitsOnHand", equalTo(2))
                .body("supply.sessionsLogged", equalTo(2))
                .body("refill.releasable", equalTo(true)));

        Api.refill(As.acme(), prescription).statusCode(201)
                .body("fillNumber", equalTo(2))
                .body("status", equalTo("REQUESTED"))
                .body("unitsOnHandAtRequest", equalTo(2))
                .body("onHandRuleOverridden", equalTo(false))
                .body("refillsRemaining", equalTo(4));
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentRequested refill = events.await(EventType.SHIPMENT_REQUESTED, e -> e.data(ShipmentRequested.class).fillNumber() == 2)
                    .data(ShipmentRequested.class);
            assertEquals(prescription, refill.prescriptionId());
            assertEquals(6, refill.quantity());
        }
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("fill-in-transit")));
    }

    @Test
    void aRedeliveredSessionCompletedIsCountedOnce() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = deliveredPrescription(patient);
        SessionCompleted first = Api.session(patient, prescription, 1, 2);
        UUID eventId = UUID.randomUUID();
        TestEvents.publish(eventId, first, Instant.now());
        TestEvents.publish(eventId, first, Instant.now());
        UUID sameSessionAgain = TestEvents.publish(first);
        UUID marker = TestEvents.publish(Api.session(patient, prescription, 2, 1));
        Api.awaitHandled(entityManager, marker);
        Api.awaitHandled(entityManager, sameSessionAgain);

        Api.prescriptionAs(As.acme(), prescription).statusCode(200)
                .body("supply.unitsUsed", equalTo(3))
                .body("supply.sessionsLogged", equalTo(2))
                .body("supply.unitsOnHand", equalTo(3));
    }

    @Test
    void sessionsLoggedBeforeTheApprovalArrivedStillCount() {
        UUID patient = UUID.randomUUID();
        UUID earlierPrescription = UUID.randomUUID();
        UUID session = TestEvents.publish(Api.session(patient, earlierPrescription, 1, 2));
        Api.awaitHandled(entityManager, session);
        Api.approvedPatient(patient, "acme", "CA", 300);
        UUID prescription = Api.prescribe(patient, "CA");
        Api.prescriptionAs(As.acme(), prescription).body("supply.unitsUsed", equalTo(2)).body("supply.unitsOnHand", equalTo(0));
    }

    @Test
    void aClinicianReleasesARefillEarlyWithAWrittenReasonThatIsKept() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = deliveredPrescription(patient);

        Api.refill(As.acme(), prescription, "travelling").statusCode(409)
                .body("errors.code", equalTo(List.of("override-requires-clinician")));
        Api.refill(As.drCalifornia(), prescription).statusCode(409)
                .body("errors.code", equalTo(List.of("units-on-hand-cover-more-than-one-session")));
        Api.refill(As.drCalifornia(), prescription, "  travelling abroad for three weeks from Monday ").statusCode(201)
                .body("fillNumber", equalTo(2))
                .body("unitsOnHandAtRequest", equalTo(6))
                .body("onHandRuleOverridden", equalTo(true))
                .body("onHandOverrideReason", equalTo("travelling abroad for three weeks from Monday"))
                .body("requestedBy", equalTo("dr.california"));
        Api.prescriptionAs(As.acme(), prescription)
                .body("fills.find { it.fillNumber == 2 }.onHandOverrideReason", equalTo("travelling abroad for three weeks from Monday"));
        Api.refill(As.drCalifornia(), prescription, " ").statusCode(400).body("errors[0].field", equalTo("onHandOverrideReason"));
    }

    @Test
    void noFillAfterTheLastAuthorizedRefill() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> noRefills = Api.prescription(patient);
        noRefills.put("refills", 0);
        UUID prescription = Api.prescribed(As.drCalifornia(), noRefills);
        Api.dispatchAndDeliver(Api.shipmentOf(prescription, 1), 6);
        TestEvents.publish(Api.session(patient, prescription, 1, 6));
        Eventually.assertThat(() -> Api.prescriptionAs(As.acme(), prescription).body("supply.unitsOnHand", equalTo(0)));
        Api.prescriptionAs(As.acme(), prescription).body("refillsRemaining", equalTo(0));
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("no-refills-remaining")));
    }

    @Test
    void noFillSixMonthsAfterTheIssueDate() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = deliveredPrescription(patient);
        TestEvents.publish(Api.session(patient, prescription, 1, 6));
        Eventually.assertThat(() -> Api.prescriptionAs(As.acme(), prescription).body("refill.releasable", equalTo(true)));
        clock.advance(Duration.ofDays(185));
        Api.prescriptionAs(As.acme(), prescription).body("expired", equalTo(true));
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("prescription-expired")));
    }

    @Test
    void aPatientAsksForTheirOwnRefill() {
        UUID alex = DemoAccounts.ALEX_PATIENT_ID;
        Api.approvedPatient(alex, "acme", "CA", 300);
        UUID prescription = deliveredPrescription(alex);
        TestEvents.publish(Api.session(alex, prescription, 1, 4));
        Eventually.assertThat(() -> Api.prescriptionAs(As.alex(), prescription).statusCode(200).body("supply.unitsOnHand", equalTo(2)));
        given().auth().oauth2(As.alex()).get("/api/v1/patients/{id}/prescriptions", alex).then().statusCode(200)
                .body("items.prescriptionId", hasItem(prescription.toString()));
        Api.refill(As.alex(), prescription).statusCode(201).body("requestedBy", equalTo("patient.alex"));
    }

    @Test
    void onlyThePatientTheirPartnerAndLicensedCliniciansAskForRefills() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        Api.refill(As.globex(), prescription).statusCode(404);
        Api.refill(As.drTexas(), prescription).statusCode(404);
        Api.refill(As.alex(), prescription).statusCode(404);
        Api.refill(As.pharmSunrise(), prescription).statusCode(403);
        Api.refill(As.ops(), prescription).statusCode(403);
        Api.refill(As.acme(), UUID.randomUUID()).statusCode(404);
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/prescriptions/{id}/refills", "nope").then().statusCode(400).body("errors[0].field", equalTo("prescriptionId"));
        given().auth().oauth2(As.acme()).contentType(ContentType.JSON).post("/api/v1/prescriptions/{id}/refills", prescription)
                .then().statusCode(409).body("errors.code", equalTo(List.of("fill-in-transit")));
    }

    @Test
    void aRefillOfASupersededPrescriptionIsRefused() {
        UUID patient = Api.approvedPatient("CA");
        UUID first = deliveredPrescription(patient);
        UUID second = Api.prescribe(patient, "CA");
        Api.refill(As.acme(), first).statusCode(409).body("errors.code", hasItem("prescription-not-active"));
        Api.prescriptionAs(As.acme(), second).body("refill.reasons.code", not(hasItem("prescription-not-active")));
    }
}
