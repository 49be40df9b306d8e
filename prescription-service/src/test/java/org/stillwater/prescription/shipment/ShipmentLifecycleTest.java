package org.stillwater.prescription.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.pharmacy.ShipmentCancelled;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.pharmacy.ShipmentDispatched;
import org.stillwater.contracts.pharmacy.ShipmentFailed;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

class ShipmentLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T15:00:00Z");
    private static final LocalDate LAST_FILL_DAY = LocalDate.of(2026, 10, 1);
    private static final Instant EXPIRES_AT = Instant.parse("2026-10-02T04:00:00Z");
    private static final DispatchRequest DISPENSING = new DispatchRequest(" UPS ", " 1Z999 ", " LOT-7 ", 12, "jd");

    private static Shipment requested() {
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.prescriptionId = UUID.randomUUID();
        shipment.patientId = UUID.randomUUID();
        shipment.pharmacyId = "sunrise";
        shipment.fillNumber = 2;
        shipment.quantity = 12;
        shipment.status = ShipmentStatus.REQUESTED;
        return shipment;
    }

    private static Shipment dispatched() {
        Shipment shipment = requested();
        ShipmentLifecycle.dispatch(shipment, DISPENSING, LAST_FILL_DAY, EXPIRES_AT, List.of(), NOW, "pharm.sunrise");
        return shipment;
    }

    private static Refused refusal(Transition<EventData> outcome) {
        return outcome.refusal().orElseThrow();
    }

    @Test
    void aDispatchRecordsTheDispensingAndAnnouncesShipmentDispatched() {
        Shipment shipment = requested();
        Transition<EventData> outcome = ShipmentLifecycle.dispatch(shipment, DISPENSING, LAST_FILL_DAY, EXPIRES_AT, List.of(), NOW, "pharm.sunrise");

        assertEquals(ShipmentStatus.DISPATCHED, shipment.status);
        assertEquals("JD", shipment.pharmacistInitials);
        assertEquals(List.of(new ShipmentDispatched(shipment.id, shipment.prescriptionId, shipment.patientId, "sunrise", 2, "UPS", "1Z999",
                "LOT-7", 12, NOW)), outcome.events());
    }

    @Test
    void aDispatchBreakingARuleIsRefusedWithEveryReasonAndChangesNothing() {
        Shipment shipment = requested();
        Refusal jurisdiction = new Refusal("pharmacyId", "pharmacy-not-licensed", "not licensed");
        Transition<EventData> outcome = ShipmentLifecycle.dispatch(shipment, new DispatchRequest("UPS", "1Z", "LOT", 13, "JD"), LAST_FILL_DAY,
                EXPIRES_AT, List.of(jurisdiction), NOW, "pharm.sunrise");

        assertEquals(Refused.Kind.RULE, refusal(outcome).kind());
        assertEquals("dispatch-refused", refusal(outcome).slug());
        assertEquals("the dispatch breaks 2 rule(s)", refusal(outcome).detail());
        assertEquals(List.of("quantity-above-fill", "pharmacy-not-licensed"), refusal(outcome).reasons().stream().map(Refusal::code).toList());
        assertEquals(ShipmentStatus.REQUESTED, shipment.status);
        assertNull(shipment.carrier);
    }

    @Test
    void aDispatchAfterTheLastFillDayIsRefused() {
        Transition<EventData> outcome = ShipmentLifecycle.dispatch(requested(), DISPENSING, LAST_FILL_DAY, EXPIRES_AT, List.of(),
                EXPIRES_AT.plusSeconds(1), "pharm.sunrise");

        assertEquals(List.of("prescription-expired"), refusal(outcome).reasons().stream().map(Refusal::code).toList());
    }

    @Test
    void pharmacistInitialsOfAnyAlphabetAreKeptComposedInCapitals() {
        Shipment shipment = requested();
        ShipmentLifecycle.dispatch(shipment, new DispatchRequest("UPS", "1Z999", "LOT-7", 12, "jo\u0308"), LAST_FILL_DAY, EXPIRES_AT,
                List.of(), NOW, "pharm.sunrise");

        assertEquals("J\u00D6", shipment.pharmacistInitials);
    }

    @Test
    void aDeliveryMakesTheUnitsOnHandAndAnnouncesShipmentDelivered() {
        Shipment shipment = dispatched();
        Instant signedAt = NOW.plus(Duration.ofDays(2));
        Transition<EventData> outcome = ShipmentLifecycle.deliver(shipment, new DeliveryRequest(" Ana Rivera ", signedAt), signedAt.plusSeconds(60),
                "pharm.sunrise");

        assertEquals(ShipmentStatus.DELIVERED, shipment.status);
        assertEquals("Ana Rivera", shipment.signedBy);
        assertEquals(List.of(new ShipmentDelivered(shipment.id, shipment.prescriptionId, shipment.patientId, "sunrise", 2, 12, signedAt)),
                outcome.events());
    }

    @Test
    void aDeliveryWithoutATimeIsDeliveredNow() {
        Shipment shipment = dispatched();
        ShipmentLifecycle.deliver(shipment, new DeliveryRequest("Ana Rivera", null), NOW.plusSeconds(60), "pharm.sunrise");

        assertEquals(NOW.plusSeconds(60), shipment.deliveredAt);
    }

    @Test
    void aDeliveryInTheFutureIsRefused() {
        Shipment shipment = dispatched();
        Transition<EventData> outcome = ShipmentLifecycle.deliver(shipment, new DeliveryRequest("Ana", NOW.plus(Duration.ofHours(1))), NOW,
                "pharm.sunrise");

        assertEquals("delivery-refused", refusal(outcome).slug());
        assertEquals(ShipmentStatus.DISPATCHED, shipment.status);
    }

    @Test
    void aRequestedShipmentCannotBeDeliveredBeforeItIsDispatched() {
        Transition<EventData> outcome = ShipmentLifecycle.deliver(requested(), new DeliveryRequest("Ana", null), NOW, "pharm.sunrise");

        assertEquals(Refused.Kind.CONFLICT, refusal(outcome).kind());
        assertEquals("illegal-shipment-transition", refusal(outcome).slug());
        assertEquals(List.of(), outcome.events());
    }

    @Test
    void aFailureIsAnnouncedAsShipmentFailedWithItsReason() {
        Shipment shipment = dispatched();
        Transition<EventData> outcome = ShipmentLifecycle.fail(shipment, FailureReason.LOST, NOW.plusSeconds(60), "pharm.sunrise");

        assertEquals(ShipmentStatus.FAILED, shipment.status);
        assertEquals(List.of(new ShipmentFailed(shipment.id, shipment.prescriptionId, shipment.patientId, "sunrise", 2, "LOST",
                NOW.plusSeconds(60))), outcome.events());
    }

    @Test
    void aDeliveredShipmentIsFinal() {
        Shipment shipment = dispatched();
        ShipmentLifecycle.deliver(shipment, new DeliveryRequest("Ana", null), NOW.plusSeconds(60), "pharm.sunrise");

        assertEquals("illegal-shipment-transition", refusal(ShipmentLifecycle.fail(shipment, FailureReason.LOST, NOW, "pharm.sunrise")).slug());
        assertEquals("illegal-shipment-transition", refusal(ShipmentLifecycle.dispatch(shipment, DISPENSING, LAST_FILL_DAY, EXPIRES_AT,
                List.of(), NOW, "pharm.sunrise")).slug());
    }

    @Test
    void aCancellationOfARequestedFillIsAnnouncedAsShipmentCancelledWithItsReason() {
        Shipment shipment = requested();
        Transition<EventData> outcome = ShipmentLifecycle.cancel(shipment, ShipmentCancellationReason.TREATMENT_PAUSED, NOW);

        assertEquals(ShipmentStatus.CANCELLED, shipment.status);
        assertEquals(ShipmentCancellationReason.TREATMENT_PAUSED, shipment.cancellationReason);
        assertEquals(List.of(new ShipmentCancelled(shipment.id, shipment.prescriptionId, shipment.patientId, "sunrise", 2, "TREATMENT_PAUSED",
                NOW)), outcome.events());
    }

    @Test
    void aDispatchedFillCannotBeCancelled() {
        Shipment shipment = dispatched();
        Transition<EventData> outcome = ShipmentLifecycle.cancel(shipment, ShipmentCancellationReason.PRESCRIPTION_CANCELLED, NOW);

        assertEquals("illegal-shipment-transition", refusal(outcome).slug());
        assertEquals(ShipmentStatus.DISPATCHED, shipment.status);
        assertNull(shipment.cancelledAt);
    }
}
