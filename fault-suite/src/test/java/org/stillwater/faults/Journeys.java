package org.stillwater.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * Many patients through the month's REST calls at once, in two phases around one move of the simulated clock
 * (the clock is global, so every patient waits for it): week 1 to the adjusted first session, then the second
 * session three days later.
 */
final class Journeys {

    private final List<FirstMonth> months = new ArrayList<>();
    private final AtomicInteger finishedPhase = new AtomicInteger();
    private final ExecutorService pool;

    Journeys(Endpoints endpoints, Tokens tokens, int journeys, int concurrency) {
        Api api = new Api();
        for (int i = 0; i < journeys; i++) {
            months.add(new FirstMonth(endpoints, tokens, api, Narrator.silent(), "Fault", "Patient-" + UUID.randomUUID().toString().substring(0, 8)));
        }
        pool = Executors.newFixedThreadPool(concurrency);
    }

    List<FirstMonth> months() {
        return List.copyOf(months);
    }

    /** Registration to the first session and its adjustment. */
    void weekOne() {
        runForEach(month -> {
            month.registerPatient();
            month.submitIntake();
            month.approveByVideo();
            month.prescribe();
            month.awaitDelivery();
            month.completeOnboarding();
            UUID first = UUID.fromString(month.startSession().path("sessionId").asText());
            month.completeSession(first, 200, 2, 8, List.of("NAUSEA"), "fault suite session one");
            month.completeIntegration(Map.of("outcome", "ADJUST", "adjustment", Map.of("doseMgPerSession", 100)));
            month.awaitDose(100);
        });
    }

    /** The second session, once the clock has moved past the minimum interval. */
    void weekTwo() {
        runForEach(month -> {
            UUID second = UUID.fromString(month.startSession().path("sessionId").asText());
            month.completeSession(second, 100, 1, 5, List.of(), "fault suite session two");
        });
    }

    int finishedInPhase() {
        return finishedPhase.get();
    }

    void close() {
        pool.shutdownNow();
    }

    private void runForEach(Consumer<FirstMonth> steps) {
        finishedPhase.set(0);
        List<Future<?>> running = new ArrayList<>();
        for (FirstMonth month : months) {
            running.add(pool.submit(() -> {
                steps.accept(month);
                finishedPhase.incrementAndGet();
            }));
        }
        for (Future<?> journey : running) {
            try {
                journey.get();
            } catch (Exception failed) {
                throw new AssertionError("a journey failed: " + failed.getCause(), failed.getCause());
            }
        }
    }
}
