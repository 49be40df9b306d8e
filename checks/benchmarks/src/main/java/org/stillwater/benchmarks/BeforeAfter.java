package org.stillwater.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journey before and after webhooks, from one run's two cohorts of the same size: the polling baseline
 * ({@link Report.Run#baseline()}, CPU window {@code journey (polling)}) and the cohort by webhook
 * ({@link Report.Run#journey()}, CPU window {@code journey}). Per completed journey: the requests the services
 * answered (their {@code http_server_requests_seconds}), the same without the simulated clock's
 * {@code /api/v1/dev/clock} (the benchmark's time travel, which no partner makes and production does not have), and
 * the core-seconds the platform's processes used ({@link Findings#platformCores}), and how much fewer of each the
 * webhook cohort needed, in percent.
 */
final class BeforeAfter {

    /** One cohort's cost per completed journey. */
    record Side(String arrivals, int completed, double requestsPerJourney, double apiRequestsPerJourney, double coreSecondsPerJourney) {
    }

    /** Both cohorts and the reductions, in percent of the baseline (negative: the webhook cohort needed more). */
    record Comparison(Side before, Side after, double fewerRequestsPercent, double fewerApiRequestsPercent, double fewerCoreSecondsPercent) {
    }

    /**
     * One endpoint's requests per completed journey in each cohort (every status together). {@code scaffolding}: the
     * simulated clock, which only the benchmark (and the demo) needs to let days pass.
     */
    record EndpointRow(String service, String endpoint, boolean scaffolding, double before, double after) {
    }

    /** The simulated clock's endpoint on every service (dev profile only). */
    static final String CLOCK = "/api/v1/dev/clock";

    /** The target: requests per journey down by at least this much. */
    static final double FEWER_REQUESTS_PERCENT = 60;

    private BeforeAfter() {
    }

    static Optional<Comparison> of(Report.Run run) {
        if (run.baseline() == null || run.journey() == null) {
            return Optional.empty();
        }
        Optional<Side> before = side(run, run.baseline(), JourneyWorkload.WINDOW + " (" + run.baseline().arrivals() + ")");
        Optional<Side> after = side(run, run.journey(), JourneyWorkload.WINDOW);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(before.get(), after.get(),
                fewer(before.get().requestsPerJourney(), after.get().requestsPerJourney()),
                fewer(before.get().apiRequestsPerJourney(), after.get().apiRequestsPerJourney()),
                fewer(before.get().coreSecondsPerJourney(), after.get().coreSecondsPerJourney())));
    }

    /** The journey cohort's own cost per completed journey (the webhook cohort when both ran), with or without a baseline. */
    static Optional<Side> cost(Report.Run run) {
        return run.journey() == null ? Optional.empty() : side(run, run.journey(), JourneyWorkload.WINDOW);
    }

    /**
     * Requests per completed journey, endpoint by endpoint, in both cohorts (what the webhook cohort still makes, and
     * what it no longer does); the baseline's busiest first. Empty without a comparison.
     */
    static List<EndpointRow> perEndpoint(Report.Run run) {
        if (of(run).isEmpty()) {
            return List.of();
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        add(rows, run.baseline(), 0);
        add(rows, run.journey(), 1);
        List<EndpointRow> table = new ArrayList<>();
        rows.forEach((key, perJourney) -> {
            String[] parts = key.split("\t");
            table.add(new EndpointRow(parts[0], parts[1] + " " + parts[2], parts[2].equals(CLOCK), perJourney[0], perJourney[1]));
        });
        table.sort(Comparator.comparingDouble(EndpointRow::before).reversed().thenComparing(Comparator.comparingDouble(EndpointRow::after).reversed())
                .thenComparing(EndpointRow::endpoint));
        return table;
    }

    private static void add(Map<String, double[]> rows, JourneyWorkload.Result cohort, int side) {
        for (ServerMetrics.Endpoint endpoint : cohort.serverSide()) {
            rows.computeIfAbsent(String.join("\t", endpoint.service(), endpoint.method(), endpoint.uri()), key -> new double[2])[side]
                    += endpoint.requests() / (double) cohort.completed();
        }
    }

    /** A cohort's side, when some of its journeys completed and its CPU window was measured. */
    private static Optional<Side> side(Report.Run run, JourneyWorkload.Result cohort, String window) {
        Optional<CpuUsage.Result> cpu = run.cpu().stream().filter(w -> w.window().equals(window)).map(Report.CpuWindow::usage).findFirst();
        if (cohort.completed() == 0 || cpu.isEmpty()) {
            return Optional.empty();
        }
        long requests = cohort.serverSide().stream().mapToLong(ServerMetrics.Endpoint::requests).sum();
        long clock = cohort.serverSide().stream().filter(e -> e.uri().equals(CLOCK)).mapToLong(ServerMetrics.Endpoint::requests).sum();
        return Optional.of(new Side(cohort.arrivals(), cohort.completed(), requests / (double) cohort.completed(),
                (requests - clock) / (double) cohort.completed(),
                Findings.platformCores(cpu.get()) * cpu.get().seconds() / cohort.completed()));
    }

    private static double fewer(double before, double after) {
        return before > 0 ? 100 * (1 - after / before) : 0;
    }
}
