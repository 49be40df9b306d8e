package org.stillwater.prescription.hold;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.prescription.Api;
import org.stillwater.testing.As;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

/**
 * Holds after severe adverse events (session.events) and their lift by the URGENT check-in's outcome
 * (checkin.events), in either order.
 */
@QuarkusTest
class AdverseEventHoldTest {

    @Inject
    EntityManager entityManager;

    private static AdverseEventReported severe(UUID patient, UUID adverseEvent) {
        return new AdverseEventReported(adverseEvent, patient, null, "SEVERE", "DISSOCIATION", true, Instant.now());
    }

    private static CheckInCompleted urgentCheckInLifting(UUID patient, UUID adverseEvent) {
        return new CheckInCompleted(UUID.randomUUID(), patient, "URGENT", "CONTINUE", "dr.california", null, null, null, null,
                adverseEvent, Instant.now());
    }

    @Test
    void aSevereAdverseEventHoldsFillsUntilTheCheckInNamingItLiftsTheHold() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID fill = Api.shipmentOf(prescription, 1);
        UUID adverseEvent = UUID.randomUUID();

        TestEvents.publish(severe(patient, adverseEvent));
        try (PatientEvents events = PatientEvents.on(Topics.PHARMACY_SHIPMENTS, patient)) {
            ShipmentCancelled cancelled = events.await(EventType.SHIPMENT_CANCELLED).data(ShipmentCancelled.class);
            assertEquals(fill, cancelled.shipmentId());
            assertEquals("ADVERSE_EVENT_HOLD", cancelled.reason());
        }
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("adverse-event-hold")))
                .body("errors[0].message", containsString(adverseEvent.toString()));

        UUID otherLift = TestEvents.publish(urgentCheckInLifting(patient, UUID.randomUUID()));
        Api.awaitHandled(entityManager, otherLift);
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("adverse-event-hold")));

        UUID plainCheckIn = TestEvents.publish(new CheckInCompleted(UUID.randomUUID(), patient, "WEEKLY", "CONTINUE", "dr.california",
                null, null, null, null, null, Instant.now()));
        Api.awaitHandled(entityManager, plainCheckIn);
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("adverse-event-hold")));

        UUID lift = TestEvents.publish(urgentCheckInLifting(patient, adverseEvent));
        Api.awaitHandled(entityManager, lift);
        Api.refill(As.acme(), prescription).statusCode(201).body("fillNumber", equalTo(1));
    }

    @Test
    void aLiftThatArrivesBeforeItsHoldLeavesNoHold() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID adverseEvent = UUID.randomUUID();

        UUID lift = TestEvents.publish(urgentCheckInLifting(patient, adverseEvent));
        Api.awaitHandled(entityManager, lift);
        UUID report = TestEvents.publish(severe(patient, adverseEvent));
        Api.awaitHandled(entityManager, report);

        Api.prescriptionAs(As.acme(), prescription)
                .body("fills[0].status", equalTo("REQUESTED"))
                .body("refill.reasons.code", not(hasItem("adverse-event-hold")));
    }

    @Test
    void treatmentResumedByTheUrgentCheckInLiftsTheHoldItNames() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID adverseEvent = UUID.randomUUID();
        UUID report = TestEvents.publish(new AdverseEventReported(adverseEvent, patient, UUID.randomUUID(), "LIFE_THREATENING",
                "CARDIOVASCULAR", true, Instant.now()));
        Api.awaitHandled(entityManager, report);
        Api.refill(As.acme(), prescription).statusCode(409).body("errors.code", equalTo(List.of("adverse-event-hold")));

        UUID resumed = TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", adverseEvent, Instant.now()));
        Api.awaitHandled(entityManager, resumed);
        Api.refill(As.acme(), prescription).statusCode(201);
    }

    @Test
    void aModerateAdverseEventPlacesNoHold() {
        UUID patient = Api.approvedPatient("CA");
        UUID prescription = Api.prescribe(patient, "CA");
        UUID report = TestEvents.publish(new AdverseEventReported(UUID.randomUUID(), patient, null, "MODERATE", "NAUSEA", false, Instant.now()));
        Api.awaitHandled(entityManager, report);
        Api.prescriptionAs(As.acme(), prescription)
                .body("fills[0].status", equalTo("REQUESTED"))
                .body("refill.reasons.code", equalTo(List.of("fill-in-transit")));
    }

    @Test
    void aHoldThatArrivesBeforeTheApprovalRefusesThePrescription() {
        UUID patient = UUID.randomUUID();
        UUID report = TestEvents.publish(severe(patient, UUID.randomUUID()));
        Api.awaitHandled(entityManager, report);
        Api.approvedPatient(patient, "acme", "CA", 300);
        Api.prescribe(As.drCalifornia(), Api.prescription(patient)).statusCode(422).body("errors.code", equalTo(List.of("adverse-event-hold")));
    }
}
