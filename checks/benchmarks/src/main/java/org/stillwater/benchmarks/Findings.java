package org.stillwater.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the time went, in sentences computed from this run's figures (CPU by process, requests the services
 * answered, consumer rates, JFR samples, the JVMs' memory): the evidence for the bottleneck of each missed
 * target. Judgement and proposed fixes are the README's; these are the facts they rest on.
 */
final class Findings {

    private Findings() {
    }

    static List<String> of(Report.Run run) {
        List<String> findings = new ArrayList<>();
        journey(run).ifPresent(findings::add);
        BeforeAfter.of(run).ifPresent(comparison -> findings.add(format("**Before and after webhooks**: %.1f requests and %.2f core-seconds "
                        + "per journey when polling, %.1f and %.2f when each step waits for its event by webhook: %.0f %% fewer requests, "
                        + "%.0f %% fewer core-seconds.", comparison.before().requestsPerJourney(), comparison.before().coreSecondsPerJourney(),
                comparison.after().requestsPerJourney(), comparison.after().coreSecondsPerJourney(), comparison.fewerRequestsPercent(),
                comparison.fewerCoreSecondsPercent())));
        writes(run).ifPresent(findings::add);
        for (EventHops.Window window : run.hops()) {
            hops(window).ifPresent(findings::add);
        }
        startup(run).ifPresent(findings::add);
        return findings;
    }

    private static Optional<String> journey(Report.Run run) {
        JourneyWorkload.Result journey = run.journey();
        Optional<CpuUsage.Result> cpu = cpu(run, "journey");
        if (journey == null || journey.completed() == 0 || cpu.isEmpty()) {
            return Optional.empty();
        }
        double platformCores = platformCores(cpu.get());
        double cpuPerJourney = platformCores * cpu.get().seconds() / journey.completed();
        long requests = journey.serverSide().stream().mapToLong(ServerMetrics.Endpoint::requests).sum();
        long reads = journey.serverSide().stream().filter(e -> e.method().equals("GET")).mapToLong(ServerMetrics.Endpoint::requests).sum();
        String busiestReads = journey.serverSide().stream().filter(e -> e.method().equals("GET")).limit(3)
                .map(e -> e.uri() + " (" + e.service() + ") " + e.requests()).collect(Collectors.joining(", "));
        return Optional.of(format("**Journeys** (%.2f/s): the %d cores were %.0f %% busy during the journey; the platform's processes used %s. "
                        + "That is %.1f core-seconds of CPU per completed journey, for %.0f requests to the services per journey, %.0f %% of them "
                        + "reads (busiest: %s): %s. At this cost, 20 journeys/s would take about %.0f cores.",
                journey.journeysPerSecond(), cpu.get().machineCores(), 100 * cpu.get().machineBusyCores() / cpu.get().machineCores(),
                parts(cpu.get()), cpuPerJourney, requests / (double) journey.completed(), 100.0 * reads / Math.max(1, requests), busiestReads,
                journey.arrivals().equals(JourneyWorkload.POLLING)
                        ? "mostly a step polling every 200 ms for what another service learns through events, each poll a full authenticated and audited request"
                        : "each step waited for the event pushed by webhook and took what it said, reading only what no event says",
                20 * cpuPerJourney));
    }

    private static Optional<String> writes(Report.Run run) {
        WritesWorkload.Result writes = run.writes();
        if (writes == null || writes.stages().isEmpty()) {
            return Optional.empty();
        }
        WritesWorkload.Stage stage = writes.stages().stream().filter(s -> s.ratePerSecond() == Targets.WRITE_RATE).findFirst()
                .orElse(writes.stages().get(writes.stages().size() - 1));
        CpuUsage.Result cpu = stage.cpu();
        long answers = stage.start().count() + stage.completion().count();
        double sessionMillis = perRequestMillis(cpu, List.of("session-service"), answers);
        double allInMillis = platformCores(cpu) * cpu.seconds() * 1000 / Math.max(1, answers);
        StringBuilder sentence = new StringBuilder(format("**Writes** at %d requests/s: the %d cores were %.0f %% busy (%s). "
                        + "Each session write cost %.1f ms of CPU in session-service and %.1f ms across the platform "
                        + "(its events are consumed by checkin- and prescription-service, relayed through Kafka, every step committed in PostgreSQL)",
                stage.ratePerSecond(), cpu.machineCores(), 100 * cpu.machineBusyCores() / cpu.machineCores(), parts(cpu), sessionMillis, allInMillis));
        if (run.bare() != null && run.bare().cpu() != null) {
            long bareRequests = run.bare().stages().stream().mapToLong(s -> s.insert().count()).sum();
            sentence.append(format("; the bare endpoint cost %.1f ms (bare-insert and PostgreSQL together)",
                    perRequestMillis(run.bare().cpu(), List.of("bare-insert", "postgresql"), bareRequests)));
        }
        sentence.append('.');
        run.profiles().stream().filter(p -> p.service().equals("session") && p.window().equals("writes")).findFirst().ifPresent(profile ->
                sentence.append(format(" In session-service the CPU went to %s; the Stillwater methods nearest the hot frames: %s.",
                        shares(profile.cpuByLayer(), 6), shares(profile.hottestStillwaterMethods(), 4))));
        return Optional.of(sentence.toString());
    }

    private static Optional<String> hops(EventHops.Window window) {
        if (window.all().count() == 0 || window.all().p99() < Targets.HOP_P99_MILLIS) {
            return Optional.empty();
        }
        List<EventHops.Consumer> behind = window.consumers().stream()
                .filter(c -> c.events() >= 20 && c.handledPerSecond() < 0.9 * c.producedPerSecond())
                .sorted(Comparator.comparingDouble(c -> c.handledPerSecond() / c.producedPerSecond()))
                .toList();
        String consumers = window.consumers().stream().map(EventHops.Consumer::describe).collect(Collectors.joining("; "));
        return Optional.of(format("**Event hops (%s)**, p99 %.0f ms: %s. %s", window.name(), window.all().p99(), consumers,
                behind.isEmpty()
                        ? "No consumer handled events more slowly than they were produced: the hop is waiting in the relay, the broker and the consumers' turn for CPU."
                        : "Behind the producers: " + behind.stream().map(EventHops.Consumer::consumer).collect(Collectors.joining(", "))
                                + ". Each copy of a channel (stillwater.messaging.lanes-per-channel) handles its partitions' records in order, a poll's"
                                + " events in runs of up to stillwater.messaging.events-per-transaction per database transaction, so a queue builds"
                                + " whenever events arrive faster than the lanes clear them."
                                + ceilings(behind)));
    }

    /** What the consumers behind could do at most: the rate they cleared their queue at once nothing was produced. */
    private static String ceilings(List<EventHops.Consumer> behind) {
        List<String> measured = behind.stream().filter(EventHops.Consumer::hasCeiling)
                .map(c -> format("%s %.0f events/s", c.consumer(), c.clearedPerSecond())).toList();
        return measured.isEmpty() ? "" : " Their ceiling, clearing the queue once no request was being sent: " + String.join(", ", measured) + ".";
    }

    private static Optional<String> startup(Report.Run run) {
        if (run.startup().isEmpty()) {
            return Optional.empty();
        }
        DoubleSummaryStatistics ready = run.startup().stream().mapToDouble(ServiceStartup.Result::secondsToReady).summaryStatistics();
        DoubleSummaryStatistics quarkus = run.startup().stream().filter(s -> s.quarkusStartedInSeconds() != null)
                .mapToDouble(ServiceStartup.Result::quarkusStartedInSeconds).summaryStatistics();
        DoubleSummaryStatistics rss = stats(run.startup().stream().map(ServiceStartup.Result::rssMegabytes).toList());
        DoubleSummaryStatistics heap = stats(run.startup().stream().map(s -> s.memory().heapCommitted()).toList());
        DoubleSummaryStatistics metaspace = stats(run.startup().stream().map(s -> s.memory().metaspaceCommitted()).toList());
        DoubleSummaryStatistics stop = run.startup().stream().mapToDouble(ServiceStartup.Result::secondsToStop).summaryStatistics();
        return Optional.of(format("**Start-up and memory**: %.1f–%.1f s from launch to the first ready answer, of which Quarkus reports %.1f–%.1f s "
                        + "as its own start; RSS %.0f–%.0f MB after warm-up, of which the heap is only %s committed and the metaspace "
                        + "(the classes of Quarkus, Hibernate, Kafka, OIDC and the service) %s; the rest is the JIT's code cache, thread "
                        + "stacks, GC structures and native memory. A graceful stop took %.1f–%.1f s.",
                ready.getMin(), ready.getMax(), quarkus.getMin(), quarkus.getMax(), rss.getMin(), rss.getMax(), megabytes(heap),
                megabytes(metaspace), stop.getMin(), stop.getMax()));
    }

    /** JDK 25's GC.heap_info no longer reports the metaspace: say so rather than print an empty range. */
    private static String megabytes(DoubleSummaryStatistics values) {
        return values.getCount() == 0 ? "(not reported by this JDK)" : format("%.0f–%.0f MB", values.getMin(), values.getMax());
    }

    private static DoubleSummaryStatistics stats(List<Double> values) {
        return values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).summaryStatistics();
    }

    private static Optional<CpuUsage.Result> cpu(Report.Run run, String window) {
        return run.cpu().stream().filter(w -> w.window().equals(window)).map(Report.CpuWindow::usage).findFirst();
    }

    /** The cores the platform used: everything busy but this benchmark's JVM and the machine's other processes. */
    static double platformCores(CpuUsage.Result cpu) {
        return Math.max(0, cpu.machineBusyCores() - cpu.coresByPart().getOrDefault("benchmark (this JVM)", 0.0) - cpu.otherCores());
    }

    static double perRequestMillis(CpuUsage.Result cpu, List<String> parts, long requests) {
        double cores = parts.stream().mapToDouble(part -> cpu.coresByPart().getOrDefault(part, 0.0)).sum();
        return cores * cpu.seconds() * 1000 / Math.max(1, requests);
    }

    private static String parts(CpuUsage.Result cpu) {
        List<String> parts = cpu.coresByPart().entrySet().stream()
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> format("%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (cpu.otherCores() >= 0.05) {
            parts.add(format("other processes %.2f", cpu.otherCores()));
        }
        return String.join(", ", parts) + " cores";
    }

    private static String shares(List<Profiler.Share> shares, int limit) {
        return shares.stream().limit(limit).map(share -> format("%s %.0f %%", share.name(), share.percent())).collect(Collectors.joining(", "));
    }

    private static String format(String pattern, Object... values) {
        return Report.format(pattern, values);
    }
}
