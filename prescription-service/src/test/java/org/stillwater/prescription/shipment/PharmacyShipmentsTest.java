package org.stillwater.prescription.shipment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.contracts.pharmacy.ShipmentRequested;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.SharedInfrastructure;
import org.stillwater.testing.TestEvents;

/** The pharmacy's view: its requests read from pharmacy.shipments, its dispatches, signed deliveries and failures over REST. */
@QuarkusTest
class PharmacyShipmentsTest {

    @Inject
    ServiceClock clock;

    /** The pharmacy's consumer: the ShipmentRequested events of its own pharmacy id, each validated against its contract. */
    private static ShipmentRequested requestedOf(PatientEvents events, String pharmacyId) {
        ValidatedEvent event = events.await(EventType.SHIPMENT_REQUESTED, e -> e.data(ShipmentRequested.class).pharmacyId().equals(pharmacyId));
        return event.data(ShipmentRequested.class);
    }

    @Test
    void fromAnApprovalToASignedDelivery() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");

        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentRequested requested = requestedOf(events, "sunrise");
            assertEquals(prescription, requested.prescriptionId());
            UUID shipment = requested.shipmentId();

            List<String> waiting = given().auth().oauth2(As.pharmSunrise()).queryParam("status", "REQUESTED").queryParam("size", 100)
                    .get("/api/v1/pharmacies/sunrise/shipments").then().statusCode(200).extract().path("items.shipmentId");
            assertTrue(waiting.contains(shipment.toString()));
            given().auth().oauth2(As.pharmSunrise()).queryParam("status", "REQUESTED").queryParam("size", 100)
                    .get("/api/v1/pharmacies/sunrise/shipments").then()
                    .body("items.find { it.shipmentId == '" + shipment + "' }.prescription.clinicianDeaNumber", equalTo("BR1234563"))
                    .body("items.find { it.shipmentId == '" + shipment + "' }.shipTo.recipientName", equalTo("Jordan Test"));

            Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200)
                    .body("status", equalTo("DISPATCHED"))
                    .body("pharmacistInitials", equalTo("JD"))
                    .body("dispatchedBy", equalTo("pharm.sunrise"))
                    .body("lotNumber", equalTo("KT-2026-0412"))
                    .body("quantityDispensed", equalTo(6));
            ShipmentDispatched dispatched = events.await(EventType.SHIPMENT_DISPATCHED).data(ShipmentDispatched.class);
            assertEquals(shipment, dispatched.shipmentId());
            assertEquals("UPS", dispatched.carrier());
            assertEquals("1Z999AA10123456784", dispatched.trackingNumber());
            assertEquals("KT-2026-0412", dispatched.lotNumber());
            assertEquals(6, dispatched.quantityDispensed());
            assertEquals(1, dispatched.fillNumber());

            Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test", "deliveredAt", clock.instant().toString()))
                    .statusCode(200).body("status", equalTo("DELIVERED")).body("signedBy", equalTo("Jordan Test"));
            ShipmentDelivered delivered = events.await(EventType.SHIPMENT_DELIVERED).data(ShipmentDelivered.class);
            assertEquals(shipment, delivered.shipmentId());
            assertEquals(6, delivered.unitsDelivered());
            assertEquals(prescription, delivered.prescriptionId());
        }

        Api.prescriptionAs(As.acme(), prescription).statusCode(200)
                .body("supply.unitsDelivered", equalTo(6))
                .body("supply.unitsOnHand", equalTo(6))
                .body("fills[0].status", equalTo("DELIVERED"))
                .body("fills[0].quantityDispensed", equalTo(6))
                .body("fills[0].trackingNumber", equalTo("1Z999AA10123456784"));
    }

    @Test
    void aPharmacyConsumerReadsTheWholeTopicAndKeepsItsOwnRequestsAndCancellations() {
        UUID harborsPatient = Api.approvedPatient("CA");
        Map<String, Object> toHarbor = Api.prescription(harborsPatient);
        toHarbor.put("pharmacyId", "harbor");
        UUID harborsFill = Api.shipmentOf(Api.prescribed(As.drCalifornia(), toHarbor), 1);
        UUID sunrisesFill = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), harborsPatient, "dr.california", Instant.now()));

        try (KafkaCompanion companion = new KafkaCompanion(SharedInfrastructure.get().bootstrapServers())) {
            ConsumerTask<String, String> harbor = companion.consumeStrings().withGroupId("pharmacy-harbor-" + UUID.randomUUID())
                    .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.PHARMACY_SHIPMENTS);
            try {
                Eventually.until("harbor's fill cancelled", () -> harborsEvents(harbor).containsKey(harborsFill + " ShipmentCancelled"));
                Map<String, ValidatedEvent> kept = harborsEvents(harbor);
                assertEquals("TREATMENT_PAUSED", kept.get(harborsFill + " ShipmentCancelled").data(ShipmentCancelled.class).reason());
                assertTrue(kept.containsKey(harborsFill + " ShipmentRequested"));
                assertTrue(kept.keySet().stream().noneMatch(key -> key.startsWith(sunrisesFill.toString())));
            } finally {
                harbor.close();
            }
        }
    }

    /**
     * What harbor's consumer keeps: every record validated against its contract, the requests and cancellations of
     * its own pharmacy id, once per event id, by shipment and event name.
     */
    private static Map<String, ValidatedEvent> harborsEvents(ConsumerTask<String, String> records) {
        Map<UUID, ValidatedEvent> byEventId = new LinkedHashMap<>();
        records.getRecords().stream().map(record -> ContractValidator.instance().parse(record.value()))
                .filter(event -> event.type() == EventType.SHIPMENT_REQUESTED || event.type() == EventType.SHIPMENT_CANCELLED)
                .filter(event -> "harbor".equals(event.envelope().get("data").get("pharmacyId").asText()))
                .forEach(event -> byEventId.putIfAbsent(event.id(), event));
        Map<String, ValidatedEvent> byShipment = new LinkedHashMap<>();
        byEventId.values().forEach(event -> byShipment.put(event.envelope().get("data").get("shipmentId").asText() + " "
                + event.type().eventName(), event));
        return byShipment;
    }

    @Test
    void anotherPharmacysShipmentDoesNotExistForThePharmacist() {
        UUID patient = Api.approvedPatient("CA");
        UUID shipment = Api.shipmentOf(Api.prescribe(patient, "CA"), 1);

        Api.dispatch(As.pharmHarbor(), shipment, Api.dispatch(6)).statusCode(404);
        Api.deliver(As.pharmHarbor(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(404);
        Api.fail(As.pharmHarbor(), shipment, "LOST").statusCode(404);
        given().auth().oauth2(As.pharmHarbor()).get("/api/v1/pharmacies/sunrise/shipments").then().statusCode(404);
        given().auth().oauth2(As.pharmHarbor()).queryParam("size", 100).get("/api/v1/pharmacies/harbor/shipments").then().statusCode(200)
                .body("items.shipmentId", not(hasItem(shipment.toString())));
        given().auth().oauth2(As.pharmSunrise()).get("/api/v1/pharmacies/nowhere/shipments").then().statusCode(404);
        given().auth().oauth2(As.pharmSunrise()).queryParam("status", "REQUESTED").queryParam("size", 100)
                .get("/api/v1/pharmacies/sunrise/shipments").then().body("items.shipmentId", hasItem(shipment.toString()));
    }

    @Test
    void harborShipsForItsCaliforniaPatients() {
        UUID patient = Api.approvedPatient("CA");
        Map<String, Object> prescription = Api.prescription(patient);
        prescription.put("pharmacyId", "harbor");
        Api.prescribe(As.drCalifornia(), prescription).statusCode(201);
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            UUID shipment = requestedOf(events, "harbor").shipmentId();
            Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(404);
            Api.dispatch(As.pharmHarbor(), shipment, Api.dispatch(6)).statusCode(200);
        }
    }

    @Test
    void illegalTransitionsAreConflicts() {
        UUID patient = Api.approvedPatient("CA");
        UUID shipment = Api.shipmentOf(Api.prescribe(patient, "CA"), 1);

        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(409)
                .body("type", equalTo("https://stillwater.example/problems/illegal-shipment-transition"))
                .body("errors[0].code", equalTo("illegal-transition"));
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200);
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(409);
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(200);
        Api.fail(As.pharmSunrise(), shipment, "LOST").statusCode(409);
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(409);
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(409);
    }

    @Test
    void aDispatchedFillThatIsLostIsReportedAndItsFailureAnnounced() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID shipment = Api.shipmentOf(prescription, 1);
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200);
        Api.fail(As.pharmSunrise(), shipment, "LOST").statusCode(200).body("status", equalTo("FAILED")).body("failureReason", equalTo("LOST"));
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(409);
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentFailed failed = events.await(EventType.SHIPMENT_FAILED).data(ShipmentFailed.class);
            assertEquals(shipment, failed.shipmentId());
            assertEquals("LOST", failed.reason());
        }
        Api.prescriptionAs(As.acme(), prescription).body("supply.unitsDelivered", equalTo(0));
    }

    @Test
    void aRequestedFillDamagedAtThePharmacyFails() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        Api.fail(As.pharmSunrise(), shipment, "DAMAGED").statusCode(200).body("failureReason", equalTo("DAMAGED"));
    }

    @Test
    void aDispatchOfMoreThanTheFillIsRefusedAndChangesNothing() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID shipment = Api.shipmentOf(prescription, 1);
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(7)).statusCode(422)
                .body("errors.code", equalTo(List.of("quantity-above-fill")));
        Api.prescriptionAs(As.acme(), prescription).body("fills[0].status", equalTo("REQUESTED"));
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(5)).statusCode(200).body("quantityDispensed", equalTo(5));
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(200);
        Api.prescriptionAs(As.acme(), prescription).body("supply.unitsOnHand", equalTo(5));
    }

    @Test
    void aDeliveryInTheFutureIsRefusedAndTheReportedTimeOfOneInThePastIsKept() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200);
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test",
                "deliveredAt", clock.instant().plus(Duration.ofHours(1)).toString())).statusCode(422)
                .body("errors.code", equalTo(List.of("in-the-future")));
        clock.advance(Duration.ofHours(1));
        Instant signed = clock.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test", "deliveredAt", signed.toString())).statusCode(200)
                .body("deliveredAt", equalTo(signed.toString()));
    }

    @Test
    void aDeliveryBeforeTheShipmentsDispatchIsRefusedNamingTheRule() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200);
        Instant beforeDispatch = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test", "deliveredAt", beforeDispatch.toString()))
                .statusCode(422).body("errors.field", equalTo(List.of("deliveredAt")))
                .body("errors.code", equalTo(List.of("delivered-before-dispatch")));
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test", "deliveredAt", "1970-01-01T00:00:00Z"))
                .statusCode(422).body("errors.code", equalTo(List.of("delivered-before-dispatch")));
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(200).body("status", equalTo("DELIVERED"));
    }

    @Test
    void aPharmacyLeavingTheTimeOutIsDeliveredNowWhileTheServiceClockIsSimulatedAhead() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        clock.advance(Duration.ofDays(3));
        Api.dispatch(As.pharmSunrise(), shipment, Api.dispatch(6)).statusCode(200);
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test"))
                .statusCode(200).body("status", equalTo("DELIVERED"));
    }

    @Test
    void pharmacistInitialsAreTwoToFourLettersOfAnyAlphabet() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        for (String refused : List.of("J", "J1", "J D", "ABCDE", "\u00D6\u0000", "JO\u0308\u0308X\u0301Y\u0301Z")) {
            Map<String, Object> dispatch = Api.dispatch(6);
            dispatch.put("pharmacistInitials", refused);
            Api.dispatch(As.pharmSunrise(), shipment, dispatch).statusCode(400).body("errors.field", hasItem("pharmacistInitials"));
        }
        Map<String, Object> dispatch = Api.dispatch(6);
        dispatch.put("pharmacistInitials", "j\u00F6");
        Api.dispatch(As.pharmSunrise(), shipment, dispatch).statusCode(200).body("pharmacistInitials", equalTo("J\u00D6"));
    }

    @Test
    void badInputIsNamedFieldByField() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        Api.fail(As.pharmSunrise(), shipment, "STOLEN_BY_PIRATES").statusCode(400).body("errors[0].field", equalTo("reason"));
        Map<String, Object> dispatch = Api.dispatch(6);
        dispatch.remove("carrier");
        dispatch.put("pharmacistInitials", "J.D.");
        dispatch.put("quantityDispensed", 0);
        Api.dispatch(As.pharmSunrise(), shipment, dispatch).statusCode(400)
                .body("errors.field", containsInAnyOrder("carrier", "pharmacistInitials", "quantityDispensed"));
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test", "deliveredAt", "yesterday")).statusCode(400)
                .body("errors[0].field", equalTo("deliveredAt"));
        given().auth().oauth2(As.pharmSunrise()).contentType(ContentType.JSON).body(Api.dispatch(6))
                .post("/api/v1/shipments/{id}/dispatch", "not-a-shipment").then().statusCode(400)
                .body("errors[0].field", equalTo("shipmentId"));
        Api.dispatch(As.pharmSunrise(), UUID.randomUUID(), Api.dispatch(6)).statusCode(404);
        given().auth().oauth2(As.pharmSunrise()).queryParam("status", "LOST_IN_SPACE").get("/api/v1/pharmacies/sunrise/shipments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void onlyPharmacistsWorkOnShipments() {
        UUID shipment = Api.shipmentOf(Api.prescribe(Api.approvedPatient("CA"), "CA"), 1);
        Api.dispatch(As.drCalifornia(), shipment, Api.dispatch(6)).statusCode(403);
        Api.dispatch(As.acme(), shipment, Api.dispatch(6)).statusCode(403);
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/pharmacies/sunrise/shipments").then().statusCode(403);
        given().get("/api/v1/pharmacies/sunrise/shipments").then().statusCode(401);
    }

    @Test
    void anyAuthenticatedCallerListsThePharmacies() {
        for (String token : List.of(As.ops(), As.acme(), As.pharmHarbor(), As.drTexas())) {
            given().auth().oauth2(token).get("/api/v1/pharmacies").then().statusCode(200)
                    .body("pharmacyId", equalTo(List.of("harbor", "sunrise")))
                    .body("find { it.pharmacyId == 'sunrise' }.licensedStates", equalTo(List.of("CA", "NY", "TX")))
                    .body("find { it.pharmacyId == 'harbor' }.licensedStates", equalTo(List.of("CA")))
                    .body("find { it.pharmacyId == 'harbor' }.deaRegistration", equalTo("FH3141594"));
        }
        given().get("/api/v1/pharmacies").then().statusCode(401);
    }

    @Test
    void aRetriedDispatchWithItsIdempotencyKeyReplaysTheAnswerAndAnnouncesOnce() {
        UUID patient = Api.approvedPatient("CA");
        UUID shipment = Api.shipmentOf(Api.prescribe(patient, "CA"), 1);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(As.pharmSunrise()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Api.dispatch(6))
                    .post("/api/v1/shipments/{id}/dispatch", shipment).then().statusCode(200).body("status", equalTo("DISPATCHED"));
        }
        Api.deliver(As.pharmSunrise(), shipment, Map.of("signedBy", "Jordan Test")).statusCode(200);
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            events.await(EventType.SHIPMENT_DELIVERED);
            assertEquals(1, events.events().stream().filter(e -> e.type() == EventType.SHIPMENT_DISPATCHED).count());
        }
    }
}
