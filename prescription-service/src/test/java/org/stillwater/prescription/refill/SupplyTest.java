package org.stillwater.prescription.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SupplyTest {

    @Test
    void unitsOnHandAreDeliveredMinusUsed() {
        assertEquals(4, Supply.of(12, 8, 4).unitsOnHand());
    }

    @Test
    void moreLoggedThanDeliveredLeavesNothingOnHand() {
        assertEquals(0, Supply.of(2, 4, 2).unitsOnHand());
    }
}
