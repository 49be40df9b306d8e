package org.stillwater.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets of issue 9 as issue 17 restates them (start-up under 1 s, not 2; at most 0.1 core-seconds per complete
 * journey; bare-insert's figure within 2× of wrk's), each judged on this run's figures: met, or missed and by how much.
 */
final class Targets {

    static final double JOURNEYS_PER_SECOND = 20;
    static final double THROUGHPUT_RATIO = 0.5;
    static final int WRITE_RATE = 200;
    static final double WRITE_P99_MILLIS = 25;
    static final double HOP_P99_MILLIS = 250;
    static final double STARTUP_SECONDS = 1;
    static final double CORE_SECONDS_PER_JOURNEY = 0.1;
    static final double RSS_MEGABYTES = 200;

    /** One target: what was measured, whether it is met, the margin or the shortfall in words, and its kind (what was tried for it). */
    record Target(String target, String measured, Boolean met, String verdict, Tried tried) {

        Target(String target, String measured, Boolean met, String verdict) {
            this(target, measured, met, verdict, null);
        }

        Target about(Tried kind) {
            return new Target(target, measured, met, verdict, kind);
        }
    }

    private Targets() {
    }

    static List<Target> judge(Report.Run run) {
        List<Target> targets = new ArrayList<>();
        if (run.journey() != null && !run.options().workload().equals("hop")) {
            double rate = run.journey().journeysPerSecond();
            targets.add(atLeast("≥ 20 complete journeys/s", format("%.2f journeys/s (%d of %d patients in %.1f s)", rate,
                    run.journey().completed(), run.journey().patients(), run.journey().seconds()), rate, JOURNEYS_PER_SECOND, "journeys/s").about(Tried.JOURNEYS));
            BeforeAfter.cost(run).ifPresent(cost -> targets.add(atMost("≤ 0.1 core-seconds per complete journey",
                    format("%.2f core-s per journey (%s, %d journeys)", cost.coreSecondsPerJourney(), cost.arrivals(), cost.completed()),
                    cost.coreSecondsPerJourney(), CORE_SECONDS_PER_JOURNEY, "core-s").about(Tried.JOURNEYS)));
        }
        if (run.writes() != null && run.bare() != null) {
            double bare = run.bare().stages().stream().mapToDouble(stage -> stage.insert().throughputPerSecond()).max().orElse(0);
            boolean bareSaturated = run.bare().stages().stream().anyMatch(stage -> !stage.keptUp());
            for (String endpoint : List.of(WritesWorkload.START, WritesWorkload.COMPLETE)) {
                double ours = run.writes().stages().stream().mapToDouble(stage -> summaryOf(stage, endpoint).throughputPerSecond()).max().orElse(0);
                boolean oursSaturated = run.writes().stages().stream().anyMatch(stage -> !stage.keptUp());
                double ratio = bare > 0 ? ours / bare : 0;
                String note = (oursSaturated ? "" : " (ours kept up with every rate it was driven at: a lower bound)")
                        + (bareSaturated ? "" : " (bare-insert kept up with every rate: its ceiling is higher, the ratio an upper bound)");
                targets.add(atLeast(endpoint + " ≥ 50 % of bare-insert's throughput",
                        format("%.0f vs %.0f requests/s = %.0f %%%s", ours, bare, ratio * 100, note), ratio, THROUGHPUT_RATIO, "of bare-insert's throughput", 100, " percentage points").about(Tried.WRITE_THROUGHPUT));
            }
        }
        if (run.writes() != null) {
            Optional<WritesWorkload.Stage> at200 = run.writes().stages().stream().filter(stage -> stage.ratePerSecond() == WRITE_RATE).findFirst();
            for (String endpoint : List.of(WritesWorkload.START, WritesWorkload.COMPLETE)) {
                if (at200.isEmpty()) {
                    targets.add(new Target(endpoint + " p99 < 25 ms at 200 requests/s", "not measured: the ladder did not include 200 requests/s", null, "not measured").about(Tried.WRITE_LATENCY));
                    continue;
                }
                Summary summary = summaryOf(at200.get(), endpoint);
                targets.add(below(endpoint + " p99 < 25 ms at 200 requests/s", format("p99 %.1f ms (p50 %.1f, max %.1f; %d answers, %d errors)",
                        summary.p99(), summary.p50(), summary.max(), summary.count(), summary.errors()), summary.p99(), WRITE_P99_MILLIS, "ms").about(Tried.WRITE_LATENCY));
            }
        }
        for (EventHops.Window window : run.hops()) {
            if (window.all().count() == 0) {
                continue;
            }
            EventHops.Hop worst = window.hops().stream().max(Comparator.comparingDouble(hop -> hop.latency().p99())).orElseThrow();
            targets.add(below("event hop p99 < 250 ms (" + window.name() + ")", format("p99 %.0f ms over %d hops; worst %s → %s p99 %.0f ms",
                    window.all().p99(), window.all().count(), worst.event(), worst.consumer(), worst.latency().p99()),
                    window.all().p99(), HOP_P99_MILLIS, "ms").about(Tried.EVENT_HOPS));
        }
        if (run.bare() != null && run.bare().generator() != null) {
            // issue 17: bare-insert's figure in the benchmark (its ladder's, which the ratio targets use) within 2× of wrk's
            GeneratorCheck.Result check = run.bare().generator();
            double ladder = run.bare().stages().stream().mapToDouble(stage -> stage.insert().throughputPerSecond()).max().orElse(0);
            String target = "bare-insert's figure ≥ 50 % of wrk's on the same endpoint";
            if (check.wrk() == null || check.wrk().perSecond() <= 0) {
                targets.add(new Target(target, format("ladder %.0f requests/s, the benchmark's client alone %.0f; wrk not measured: %s", ladder,
                        check.client().perSecond(), check.wrk() == null ? check.wrkNotRun() : "it had no successful answer"), null, "not measured").about(Tried.GENERATOR));
            } else {
                double wrk = check.wrk().perSecond();
                targets.add(atLeast(target, format("ladder %.0f vs wrk %.0f requests/s = %.0f %%; the benchmark's client alone, closed loop: %.0f = %.0f %% "
                                + "(%d connections each)", ladder, wrk, ladder / wrk * 100, check.client().perSecond(), check.share().orElse(0.0) * 100,
                        check.connections()), ladder / wrk, GeneratorCheck.WITHIN, "of wrk's throughput", 100, " percentage points").about(Tried.GENERATOR));
            }
        }
        BeforeAfter.of(run).ifPresent(comparison -> targets.add(atLeast("≥ 60 % fewer requests per journey with webhooks",
                format("%.1f → %.1f requests/journey = %.0f %% fewer (without the simulated clock's %.1f → %.1f = %.0f %% fewer; "
                                + "%.2f → %.2f core-s/journey)", comparison.before().requestsPerJourney(), comparison.after().requestsPerJourney(),
                        comparison.fewerRequestsPercent(), comparison.before().apiRequestsPerJourney(), comparison.after().apiRequestsPerJourney(),
                        comparison.fewerApiRequestsPercent(), comparison.before().coreSecondsPerJourney(), comparison.after().coreSecondsPerJourney()),
                comparison.fewerRequestsPercent(), BeforeAfter.FEWER_REQUESTS_PERCENT, "percentage points").about(Tried.FEWER_REQUESTS)));
        for (ServiceStartup.Result service : run.startup()) {
            targets.add(below(service.service() + "-service < 1 s from launch to first response",
                    format("%.2f s (Quarkus reports %s)", service.secondsToReady(),
                            service.quarkusStartedInSeconds() == null ? "nothing" : format("%.2f s", service.quarkusStartedInSeconds())),
                    service.secondsToReady(), STARTUP_SECONDS, "s").about(Tried.STARTUP));
            if (service.rssMegabytes() != null) {
                targets.add(below(service.service() + "-service < 200 MB RSS after warm-up", format("%.0f MB after %d warm-up requests",
                        service.rssMegabytes(), service.warmupStatuses().values().stream().mapToInt(Integer::intValue).sum()),
                        service.rssMegabytes(), RSS_MEGABYTES, "MB").about(Tried.MEMORY));
            }
        }
        return targets;
    }

    /** The kinds of target this run missed, in {@link Tried}'s order, each with what was tried for it. */
    static List<Tried> triedForMissed(List<Target> targets) {
        return targets.stream().filter(target -> Boolean.FALSE.equals(target.met()) && target.tried() != null)
                .map(Target::tried).distinct().sorted().toList();
    }

    static Summary summaryOf(WritesWorkload.Stage stage, String endpoint) {
        return endpoint.equals(WritesWorkload.START) ? stage.start() : stage.completion();
    }

    static Target atLeast(String target, String measured, double value, double goal, String unit) {
        return atLeast(target, measured, value, goal, unit, 1, "");
    }

    /** {@code scale} and {@code shownUnit} present the values (a ratio as percent). */
    static Target atLeast(String target, String measured, double value, double goal, String unit, double scale, String shownUnit) {
        if (value >= goal) {
            return new Target(target, measured, true, format("met, %.0f %% above the target", (value / goal - 1) * 100));
        }
        String shortBy = format("%.2f%s", (goal - value) * scale, shownUnit.isEmpty() ? " " + unit : shownUnit + " " + unit);
        String factor = value > 0 ? format("; ×%.1f needed", goal / value) : "";
        return new Target(target, measured, false, format("missed by %s (%.0f %% short%s)", shortBy, (1 - value / goal) * 100, factor));
    }

    static Target atMost(String target, String measured, double value, double goal, String unit) {
        return limit(target, measured, value <= goal, value, goal, unit);
    }

    static Target below(String target, String measured, double value, double goal, String unit) {
        return limit(target, measured, value < goal, value, goal, unit);
    }

    private static Target limit(String target, String measured, boolean met, double value, double goal, String unit) {
        if (met) {
            return new Target(target, measured, true, format("met, %.0f %% below the limit", (1 - value / goal) * 100));
        }
        return new Target(target, measured, false, format("missed by %.2f %s (×%.1f the limit)", value - goal, unit, value / goal));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
