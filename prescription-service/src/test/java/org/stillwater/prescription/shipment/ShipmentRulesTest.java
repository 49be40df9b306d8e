package org.stillwater.prescription.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stillwater.edge.problem.Problem.FieldError;

class ShipmentRulesTest {

    @ParameterizedTest
    @CsvSource({"REQUESTED, DISPATCHED", "DISPATCHED, DELIVERED", "REQUESTED, FAILED", "DISPATCHED, FAILED", "REQUESTED, CANCELLED"})
    void theLegalTransitions(ShipmentStatus from, ShipmentStatus to) {
        assertTrue(ShipmentRules.transition(from, to).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "REQUESTED, DELIVERED", "REQUESTED, REQUESTED",
            "DISPATCHED, DISPATCHED", "DISPATCHED, CANCELLED", "DISPATCHED, REQUESTED",
            "DELIVERED, DISPATCHED", "DELIVERED, FAILED", "DELIVERED, DELIVERED", "DELIVERED, CANCELLED",
            "FAILED, DISPATCHED", "FAILED, DELIVERED", "FAILED, FAILED",
            "CANCELLED, DISPATCHED", "CANCELLED, DELIVERED", "CANCELLED, FAILED"})
    void everyOtherTransitionIsIllegal(ShipmentStatus from, ShipmentStatus to) {
        FieldError refusal = ShipmentRules.transition(from, to).orElseThrow();
        assertEquals("illegal-transition", refusal.code());
        assertTrue(refusal.message().startsWith("a " + from + " shipment cannot become " + to), refusal.message());
    }

    @Test
    void onlyRequestedAndDispatchedShipmentsAreInTransit() {
        for (ShipmentStatus status : ShipmentStatus.values()) {
            assertEquals(Set.of(ShipmentStatus.REQUESTED, ShipmentStatus.DISPATCHED).contains(status), status.inTransit());
        }
    }

    @Test
    void aDispatchMayDispenseTheFillOrLessButNotMore() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        LocalDate lastFillDay = LocalDate.of(2026, 10, 1);
        assertTrue(ShipmentRules.dispatchRefusals(12, 12, lastFillDay, today).isEmpty());
        assertTrue(ShipmentRules.dispatchRefusals(12, 10, lastFillDay, today).isEmpty());
        assertEquals(List.of("quantity-above-fill"), codes(ShipmentRules.dispatchRefusals(12, 13, lastFillDay, today)));
    }

    @Test
    void aFillIsDispensedOnTheLastFillDayButNotAfter() {
        LocalDate lastFillDay = LocalDate.of(2026, 10, 1);
        assertTrue(ShipmentRules.dispatchRefusals(12, 12, lastFillDay, lastFillDay).isEmpty());
        assertEquals(List.of("prescription-expired"), codes(ShipmentRules.dispatchRefusals(12, 12, lastFillDay, lastFillDay.plusDays(1))));
    }

    @Test
    void aDeliveryInThePastIsRecordedAsReported() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertTrue(ShipmentRules.deliveryRefusals(now, now).isEmpty());
        assertTrue(ShipmentRules.deliveryRefusals(now.minusSeconds(86_400), now).isEmpty());
    }

    @Test
    void aPharmacyClockUpToFiveMinutesAheadIsTolerated() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertTrue(ShipmentRules.deliveryRefusals(now.plus(Duration.ofMinutes(5)), now).isEmpty());
    }

    @Test
    void aDeliveryFurtherInTheFutureIsRefused() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertEquals(List.of("in-the-future"), codes(ShipmentRules.deliveryRefusals(now.plus(Duration.ofMinutes(5)).plusSeconds(1), now)));
    }

    private static List<String> codes(List<FieldError> refusals) {
        return refusals.stream().map(FieldError::code).toList();
    }
}
