package org.stillwater.messaging.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadModelUpdateTest {

    private static final Instant HELD = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Test
    void theFirstFactIsApplied() {
        assertEquals(ReadModelUpdate.FIRST, ReadModelUpdate.of(HELD, null));
        assertTrue(ReadModelUpdate.applies(HELD, null));
    }

    @Test
    void aNewerFactReplacesTheHeldOne() {
        assertEquals(ReadModelUpdate.NEWER, ReadModelUpdate.of(HELD.plusNanos(1_000), HELD));
        assertTrue(ReadModelUpdate.applies(HELD.plusNanos(1_000), HELD));
    }

    @Test
    void theSameFactAnnouncedAgainIsANoOp() {
        assertEquals(ReadModelUpdate.SAME, ReadModelUpdate.of(Instant.parse("2026-03-01T10:15:30.123456Z"), HELD));
        assertFalse(ReadModelUpdate.applies(HELD, HELD));
    }

    @Test
    void anOlderFactArrivingLateIsIgnored() {
        assertEquals(ReadModelUpdate.OLDER, ReadModelUpdate.of(HELD.minusNanos(1_000), HELD));
        assertFalse(ReadModelUpdate.applies(HELD.minusNanos(1_000), HELD));
    }

    @Test
    void anEventWithoutTheTimeOfItsFactIsAnError() {
        assertThrows(NullPointerException.class, () -> ReadModelUpdate.of(null, HELD));
    }

    /**
     * Whatever order the announcements of a patient's facts arrive in, each announced any number of times, the read
     * model ends holding the latest fact, and it was written once per fact that was the latest so far.
     */
    @Test
    void inAnyOrderOfArrivalTheLatestFactIsHeld() {
        long seed = System.nanoTime();
        System.out.println("ReadModelUpdateTest seed " + seed);
        Random random = new Random(seed);
        for (int run = 0; run < 1_000; run++) {
            List<Instant> facts = new ArrayList<>();
            int distinct = 1 + random.nextInt(6);
            for (int fact = 0; fact < distinct; fact++) {
                facts.add(HELD.plusSeconds(random.nextInt(20)));
            }
            List<Instant> arrivals = new ArrayList<>();
            facts.forEach(fact -> {
                for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                    arrivals.add(fact);
                }
            });
            Collections.shuffle(arrivals, random);

            Instant held = null;
            int writes = 0;
            int expectedWrites = 0;
            Instant latestSoFar = null;
            for (Instant arrival : arrivals) {
                if (latestSoFar == null || arrival.isAfter(latestSoFar)) {
                    latestSoFar = arrival;
                    expectedWrites++;
                }
                if (ReadModelUpdate.applies(arrival, held)) {
                    held = arrival;
                    writes++;
                }
            }
            Instant latest = facts.stream().max(Instant::compareTo).orElseThrow();
            assertEquals(latest, held, "seed " + seed + " run " + run + " arrivals " + arrivals);
            assertEquals(expectedWrites, writes, "seed " + seed + " run " + run + " arrivals " + arrivals);
        }
    }
}
