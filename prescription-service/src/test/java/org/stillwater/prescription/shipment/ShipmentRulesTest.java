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
import org.stillwater.regulatory.refusal.Refusal;

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
        Refusal refusal = ShipmentRules.transition(from, to).orElseThrow();
        assertEquals("illegal-transition", refusal.code());
        assertTrue(refusal.message().startsWith("a " + from + " shipment cannot become " + to), refusal.message());
    }

    @Test
    void onlyRequestedAndDispatchedShipmentsAreInTransit() {
        for (ShipmentStatus status : ShipmentStatus.values()) {
            assertEquals(Set.of(ShipmentStatus.REQUESTED, ShipmentStatus.DISPATCHED).contains(status), status.inTransit());
        }
    }

    /** The last fill day of a California patient, over at 00:00 PDT on 2 October. */
    private static final LocalDate LAST_FILL_DAY = LocalDate.of(2026, 10, 1);
    private static final Instant EXPIRES_AT = Instant.parse("2026-10-02T07:00:00Z");

    private static List<Refusal> dispatch(int quantity, int dispensed, Instant now) {
        return ShipmentRules.dispatchRefusals(quantity, dispensed, LAST_FILL_DAY, EXPIRES_AT, now, List.of());
    }

    @Test
    void aDispatchMayDispenseTheFillOrLessButNotMore() {
        Instant now = Instant.parse("2026-05-01T18:00:00Z");
        assertTrue(dispatch(12, 12, now).isEmpty());
        assertTrue(dispatch(12, 10, now).isEmpty());
        assertEquals(List.of("quantity-above-fill"), codes(dispatch(12, 13, now)));
    }

    @Test
    void aFillIsDispensedOnTheLastFillDayUntilItsLocalMidnightButNotAfter() {
        assertTrue(dispatch(12, 12, Instant.parse("2026-10-02T06:00:00Z")).isEmpty(), "23:00 PDT on 1 October, already 2 October in UTC");
        assertEquals(List.of("prescription-expired"), codes(dispatch(12, 12, EXPIRES_AT)));
    }

    @Test
    void aDispatchWherePharmacyMayNotShipIsRefusedWithTheJurisdictionsReasons() {
        List<Refusal> jurisdiction = List.of(new Refusal("shipTo.state", "pharmacy-not-licensed-in-ship-to-state", "not licensed in TX"));
        assertEquals(List.of("pharmacy-not-licensed-in-ship-to-state"), codes(ShipmentRules.dispatchRefusals(12, 12, LAST_FILL_DAY, EXPIRES_AT,
                Instant.parse("2026-05-01T18:00:00Z"), jurisdiction)));
    }

    private static final Instant DISPATCHED_AT = Instant.parse("2026-04-30T10:00:00Z");

    @Test
    void aDeliveryInThePastIsRecordedAsReported() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertTrue(ShipmentRules.deliveryRefusals(now, DISPATCHED_AT, now).isEmpty());
        assertTrue(ShipmentRules.deliveryRefusals(now.minusSeconds(86_400), DISPATCHED_AT, now).isEmpty());
    }

    @Test
    void aPharmacyClockUpToFiveMinutesAheadIsTolerated() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertTrue(ShipmentRules.deliveryRefusals(now.plus(Duration.ofMinutes(5)), DISPATCHED_AT, now).isEmpty());
    }

    @Test
    void aDeliveryFurtherInTheFutureIsRefused() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertEquals(List.of("in-the-future"), codes(ShipmentRules.deliveryRefusals(now.plus(Duration.ofMinutes(5)).plusSeconds(1), DISPATCHED_AT, now)));
    }

    @Test
    void aDeliveryBeforeTheDispatchIsRefusedBeyondFiveMinutesOfClockSkew() {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        assertTrue(ShipmentRules.deliveryRefusals(DISPATCHED_AT.minus(Duration.ofMinutes(5)), DISPATCHED_AT, now).isEmpty());
        assertEquals(List.of("delivered-before-dispatch"),
                codes(ShipmentRules.deliveryRefusals(DISPATCHED_AT.minus(Duration.ofMinutes(5)).minusSeconds(1), DISPATCHED_AT, now)));
        assertEquals(List.of("delivered-before-dispatch"),
                codes(ShipmentRules.deliveryRefusals(Instant.parse("2000-01-01T00:00:00Z"), DISPATCHED_AT, now)));
    }

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }
}
