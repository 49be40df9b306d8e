package org.stillwater.webhook.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.refusal.Refusal;

class RedeliveryRulesTest {

    @Test
    void aRangeOfADayIsAValidScope() {
        assertTrue(RedeliveryRules.refusals(null, Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z")).isEmpty());
    }

    @Test
    void oneDeliveryAndARangeTogetherAreRefused() {
        assertEquals("one-scope", RedeliveryRules.refusals(UUID.randomUUID(), Instant.EPOCH, null).get(0).code());
    }

    @Test
    void aRangeLongerThanSevenDaysIsRefused() {
        assertEquals("range-too-long", RedeliveryRules.refusals(null, Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:01Z")).get(0).code());
    }

    @Test
    void instantsBeyondTheYears1970To9999AreRefusedNamingTheirField() {
        List<Refusal> farFuture = RedeliveryRules.refusals(null, Instant.parse("+999999999-12-31T23:59:59Z"), Instant.MAX);
        assertEquals(List.of("from", "to"), farFuture.stream().map(Refusal::field).toList());
        assertEquals("out-of-range", farFuture.get(0).code());
        List<Refusal> beforeTheEpoch = RedeliveryRules.refusals(null, Instant.parse("-4714-11-23T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(List.of("from"), beforeTheEpoch.stream().map(Refusal::field).toList());
    }
}
