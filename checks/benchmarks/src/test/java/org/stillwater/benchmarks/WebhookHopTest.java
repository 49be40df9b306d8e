package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.firstmonth.Arrivals;
import org.stillwater.firstmonth.JourneyFailure;
import org.stillwater.firstmonth.Patience;

/** The webhook hop from arrivals and outbox times, and the cohort's arrivals dispatched by patient; no platform needed. */
class WebhookHopTest {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");
    private static final Patience NONE_LEFT = began -> true;

    private static String event(String id, UUID patient, String eventName, String kind) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"stillwater." + eventName + ".v1\",\"source\":\"/test\",\"subject\":\""
                + patient + "\",\"data\":{\"kind\":\"" + kind + "\"}}";
    }

    @Test
    void theHopIsFromTheOutboxWriteToTheArrivalForEveryEventWhoseWriteIsKnown() {
        List<CohortArrivals.Arrival> arrivals = new ArrayList<>();
        Map<String, Instant> producedAt = new HashMap<>();
        for (int i = 1; i <= 100; i++) {
            String id = UUID.randomUUID().toString();
            producedAt.put(id, T0);
            arrivals.add(new CohortArrivals.Arrival(id, T0.plusMillis(i)));
        }
        // an event webhook-service's inbox does not hold (another producer's clock, a stray request): counted as arrived only
        arrivals.add(new CohortArrivals.Arrival(UUID.randomUUID().toString(), T0.plusSeconds(3600)));
        WebhookHop.Result hop = WebhookHop.of(arrivals, producedAt);
        assertEquals(101, hop.arrivals());
        assertEquals(100, hop.matched());
        assertEquals(50, hop.latency().p50(), 0.1);
        assertEquals(99, hop.latency().p99(), 0.1);
        assertEquals(100, hop.latency().max(), 0.1);
    }

    @Test
    void anArrivalBeforeItsOutboxTimeCountsAsTheSmallestHopNotANegativeOne() {
        String id = UUID.randomUUID().toString();
        WebhookHop.Result hop = WebhookHop.of(List.of(new CohortArrivals.Arrival(id, T0.minusMillis(3))), Map.of(id, T0));
        assertEquals(1, hop.matched());
        assertEquals(0.001, hop.latency().max(), 1e-9);
    }

    @Test
    void noArrivalsGiveAnEmptyHopRatherThanAFailure() {
        WebhookHop.Result hop = WebhookHop.of(List.of(), Map.of());
        assertEquals(0, hop.matched());
        assertEquals(0, hop.latency().count());
    }

    @Test
    void aRepeatedWebhookIdIsRecordedOnceAndArrivesOnce() throws Exception {
        CohortArrivals arrivals = new CohortArrivals();
        UUID patient = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        assertTrue(arrivals.record(id, event(id, patient, "EvaluationApproved", "")));
        assertFalse(arrivals.record(id, event(id, patient, "EvaluationApproved", "")));
        assertEquals(1, arrivals.arrivals().size());
        arrivals.await(patient, Arrivals.Expected.event("EvaluationApproved"), NONE_LEFT);
        assertThrows(JourneyFailure.class, () -> arrivals.await(patient, Arrivals.Expected.event("EvaluationApproved"), NONE_LEFT));
    }

    @Test
    void aPatientNeverTakesAnotherPatientsEvent() {
        // seeded: the same mix of patients, event types and kinds every run; the seed is in the failure message
        long seed = 16_2026L;
        SplittableRandom random = new SplittableRandom(seed);
        CohortArrivals arrivals = new CohortArrivals();
        List<UUID> patients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<String> kinds = List.of("ONBOARDING", "WEEKLY");
        Map<UUID, Map<String, Integer>> sent = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            UUID patient = patients.get(random.nextInt(patients.size()));
            String kind = kinds.get(random.nextInt(kinds.size()));
            String id = UUID.randomUUID().toString();
            try {
                arrivals.record(id, event(id, patient, "CheckInScheduled", kind));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            sent.computeIfAbsent(patient, p -> new HashMap<>()).merge(kind, 1, Integer::sum);
        }
        for (UUID patient : patients) {
            for (String kind : kinds) {
                int count = sent.getOrDefault(patient, Map.of()).getOrDefault(kind, 0);
                for (int i = 0; i < count; i++) {
                    arrivals.await(patient, Arrivals.Expected.event("CheckInScheduled", kind), NONE_LEFT);
                }
                assertThrows(JourneyFailure.class, () -> arrivals.await(patient, Arrivals.Expected.event("CheckInScheduled", kind), NONE_LEFT),
                        "seed " + seed + ": patient " + patient + " got more " + kind + " events than were sent about it");
            }
        }
    }

    @Test
    void aStepWaitingForItsEventIsWokenWhenItArrives() throws Exception {
        CohortArrivals arrivals = new CohortArrivals();
        UUID patient = UUID.randomUUID();
        java.util.concurrent.atomic.AtomicReference<String> outcome = new java.util.concurrent.atomic.AtomicReference<>("still waiting");
        Thread waiter = new Thread(() -> {
            try {
                arrivals.await(patient, Arrivals.Expected.event("DosageAdjusted"), began -> Instant.now().isAfter(began.plusSeconds(10)));
                outcome.set("arrived");
            } catch (JourneyFailure failure) {
                outcome.set(failure.getMessage());
            }
        });
        waiter.start();
        String id = UUID.randomUUID().toString();
        arrivals.record(id, event(id, patient, "DosageAdjusted", ""));
        waiter.join(5_000);
        assertEquals("arrived", outcome.get());
    }

    @Test
    void aBodyThatIsNotJsonIsNotRecordedSoTheSenderRetries() {
        CohortArrivals arrivals = new CohortArrivals();
        assertThrows(java.io.IOException.class, () -> arrivals.record("x", "{\"id\": \u0000"));
        assertEquals(0, arrivals.arrivals().size());
    }
}
