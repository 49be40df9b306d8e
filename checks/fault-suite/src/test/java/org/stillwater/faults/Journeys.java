package org.stillwater.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.firstmonth.Patience;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * Many patients through the month's REST calls at once, in two phases around one move of the simulated clock
 * (the clock is global, so every patient waits for it): week 1 to the adjusted first session, then the second
 * session three days later. Week one's journeys start when the fault plan lets them ({@link FaultPacing}).
 */
final class Journeys {

    private final List<FirstMonth> months = new ArrayList<>();
    private final AtomicInteger startedPhase = new AtomicInteger();
    private final AtomicInteger finishedPhase = new AtomicInteger();
    private final ExecutorService pool;

    Journeys(Endpoints endpoints, Tokens tokens, int journeys, int concurrency, Patience patience) {
        Api api = new Api();
        for (int i = 0; i < journeys; i++) {
            months.add(new FirstMonth(endpoints, tokens, api, Narrator.silent(), "Fault", "Patient-" + UUID.randomUUID().toString().substring(0, 8),
                    patience));
        }
        pool = Executors.newFixedThreadPool(concurrency);
    }

    List<FirstMonth> months() {
        return List.copyOf(months);
    }

    /**
     * Registration to the first session and its adjustment, each journey started when {@code pacing} lets it; the
     * journeys that failed, with their failure.
     */
    Map<FirstMonth, Throwable> weekOne(FaultPacing pacing) {
        return runForEach(pacing, month -> {
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

    /** The second session, once the clock has moved past the minimum interval; the journeys that failed. */
    Map<FirstMonth, Throwable> weekTwo() {
        return runForEach(null, month -> {
            UUID second = UUID.fromString(month.startSession().path("sessionId").asText());
            month.completeSession(second, 100, 1, 5, List.of(), "fault suite session two");
        });
    }

    int finishedInPhase() {
        return finishedPhase.get();
    }

    int startedInPhase() {
        return startedPhase.get();
    }

    /** Journeys of the current phase started and not finished. */
    int inFlight() {
        return startedPhase.get() - finishedPhase.get();
    }

    void close() {
        pool.shutdownNow();
    }

    /** Every journey runs to its end or its failure: one stuck patient does not hide the others. */
    private Map<FirstMonth, Throwable> runForEach(FaultPacing pacing, Consumer<FirstMonth> steps) {
        startedPhase.set(0);
        finishedPhase.set(0);
        Map<FirstMonth, Future<?>> running = new LinkedHashMap<>();
        for (int index = 0; index < months.size(); index++) {
            FirstMonth month = months.get(index);
            int journey = index;
            running.put(month, pool.submit(() -> {
                if (pacing != null) {
                    pacing.awaitTurn(journey);
                }
                startedPhase.incrementAndGet();
                try {
                    steps.accept(month);
                } finally {
                    finishedPhase.incrementAndGet();
                }
                return null;
            }));
        }
        Map<FirstMonth, Throwable> failed = new LinkedHashMap<>();
        running.forEach((month, journey) -> {
            try {
                journey.get();
            } catch (ExecutionException failure) {
                failed.put(month, failure.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(month, e);
            }
        });
        return failed;
    }
}
