package org.stillwater.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The run's figures as JSON (everything) and as a Markdown report (the targets first, then each part). */
final class Report {

    /** A part of the run and how long it took. */
    record Part(String name, double seconds, String outcome) {
    }

    /** The machine the run measured, and how busy it was otherwise. */
    record Machine(int cores, double memoryGigabytes, String java, String os, String loadBefore, String loadAfter) {
    }

    /** Where the CPU went during one workload. */
    record CpuWindow(String window, CpuUsage.Result usage) {
    }

    /** The unexpected answers of one endpoint or step: how many of each kind, and a few of them. */
    record Errors(String name, String window, Map<String, Long> byKind, List<String> samples) {
    }

    /**
     * Everything one run measured. A part that was not run is null (or empty). {@code journey}: the journey cohort
     * (by webhook when both ran); {@code baseline}: the polling cohort run before it, when both ran (see {@link BeforeAfter}).
     */
    record Run(String startedAt, double seconds, String command, Machine machine, Options options, List<Part> parts,
               KafkaCeiling.Result kafka, PostgresCeiling.Result postgres, BareInsert.Result bare,
               JourneyWorkload.Result journey, JourneyWorkload.Result baseline, WritesWorkload.Result writes, List<EventHops.Window> hops,
               List<ServiceStartup.Result> startup, List<CpuWindow> cpu, List<Profiler.Profile> profiles,
               List<Errors> errors, List<String> problems) {
    }

    record Document(List<Targets.Target> targets, List<String> findings, Run run) {
    }

    private Report() {
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    static void writeJson(Path file, Run run, List<Targets.Target> targets) {
        try {
            json().writeValue(file.toFile(), new Document(targets, Findings.of(run), run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeMarkdown(Path file, Run run, List<Targets.Target> targets, String chartFile) {
        try {
            Files.writeString(file, markdown(run, targets, chartFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(Run run, List<Targets.Target> targets, String chartFile) {
        StringBuilder md = new StringBuilder();
        Machine machine = run.machine();
        md.append("# Stillwater benchmark, ").append(run.startedAt()).append("\n\n");
        md.append(format("`%s` against the running platform: %.0f s in all. Machine: %d cores, %.0f GB, %s, %s; load average %s before, %s after. "
                        + "Everything (PostgreSQL, Kafka, Keycloak, the four services, the load generator) shares these cores, "
                        + "so absolute figures vary from run to run; the ratios to the ceilings measured in the same run are the steadier reading.\n\n",
                run.command(), run.seconds(), machine.cores(), machine.memoryGigabytes(), machine.java(), machine.os(), machine.loadBefore(), machine.loadAfter()));

        md.append("## Targets (issues 9 and 17)\n\n");
        table(md, List.of("target", "measured", "verdict"), targets.stream()
                .map(t -> List.of(t.target(), t.measured(), (t.met() == null ? "" : t.met() ? "✅ " : "❌ ") + t.verdict())).toList());

        List<String> findings = Findings.of(run);
        if (!findings.isEmpty()) {
            md.append("\n## Where the time went (this run's evidence)\n\n");
            findings.forEach(finding -> md.append("- ").append(finding).append('\n'));
        }

        List<Tried> tried = Targets.triedForMissed(targets);
        if (!tried.isEmpty()) {
            md.append("\n## What was tried, for the targets still missed\n\n");
            tried.forEach(kind -> md.append("- ").append(kind.paragraph()).append('\n'));
        }

        if (run.kafka() != null || run.postgres() != null || run.bare() != null) {
            md.append("\n## Ceilings of this machine, same run\n\n");
            List<List<String>> rows = new ArrayList<>();
            if (run.kafka() != null) {
                KafkaCeiling.Result kafka = run.kafka();
                rows.add(List.of("Kafka producer, acks=all, idempotent, 1 KiB records (topic " + kafka.topic() + ", 6 partitions, deleted after)",
                        format("%.0f records/s (%.1f MiB/s)", kafka.recordsPerSecond(), kafka.mebibytesPerSecond()),
                        format("send → ack p50 %.1f ms, p99 %.1f ms", kafka.ackLatency().p50(), kafka.ackLatency().p99())));
            }
            if (run.postgres() != null) {
                PostgresCeiling.Result postgres = run.postgres();
                rows.add(List.of("PostgreSQL single-row INSERT + COMMIT, " + postgres.connections() + " connections",
                        format("%.0f inserts/s", postgres.insertsPerSecond()),
                        format("p50 %.2f ms, p99 %.2f ms, max %.1f ms", postgres.latency().p50(), postgres.latency().p99(), postgres.latency().max())));
            }
            if (run.bare() != null) {
                BareInsert.Result bare = run.bare();
                Optional<BareInsert.Stage> best = bare.stages().stream().max((a, b) -> Double.compare(a.insert().throughputPerSecond(), b.insert().throughputPerSecond()));
                rows.add(List.of("bare Quarkus endpoint, one INSERT per POST (checks/benchmarks/bare-insert)",
                        best.map(stage -> format("%.0f requests/s (at %d offered)", stage.insert().throughputPerSecond(), stage.ratePerSecond())).orElse("—"),
                        format("started in %.2f s; ladder: %s; the load generator's send lag p99 %.1f ms, max %.1f ms", bare.startupSeconds(),
                                bare.ladderEnded(), bare.sendLag().p99(), bare.sendLag().max())));
                if (bare.generator() != null) {
                    GeneratorCheck.Result check = bare.generator();
                    rows.add(saturationRow("bare-insert saturated by the benchmark's client", check.connections(), check.client()));
                    if (check.wrk() != null) {
                        rows.add(saturationRow("bare-insert saturated by " + check.wrkVersion(), check.connections(), check.wrk()));
                    } else {
                        rows.add(List.of("bare-insert saturated by wrk", "not measured", check.wrkNotRun()));
                    }
                }
            }
            table(md, List.of("ceiling", "throughput", "notes"), rows);
        }

        if (run.journey() != null) {
            JourneyWorkload.Result journey = run.journey();
            md.append("\n## Journey: the whole first month, ").append(journey.patients()).append(" patients at once\n\n");
            md.append(format("%d of %d journeys completed in %.1f s: **%.2f journeys/s**; the simulated clock moved %d times (once per stop, "
                            + "for every patient). Step latency is per patient, from the step's start (a step may poll until another service "
                            + "has learned through events what it needs).\n\n",
                    journey.completed(), journey.patients(), journey.seconds(), journey.journeysPerSecond(), journey.clockMoves()));
            summaries(md, "step", journey.steps());
            if (!journey.failures().isEmpty()) {
                md.append("\nPatients that did not complete:\n\n");
                journey.failures().stream().limit(10).forEach(failure -> md.append("- ").append(failure).append('\n'));
            }
            md.append("\nInside the services during the journey (their `http_server_requests_seconds`):\n\n");
            table(md, List.of("service", "endpoint", "status", "requests", "mean ms"), journey.serverSide().stream().limit(25)
                    .map(e -> List.of(e.service(), e.method() + " " + e.uri(), e.status(), Long.toString(e.requests()), format("%.1f", e.meanMillis())))
                    .toList());
        }

        BeforeAfter.of(run).ifPresent(comparison -> {
            md.append("\n## Journey before and after webhooks: two cohorts of ").append(run.journey().patients()).append(" patients\n\n");
            md.append("The polling baseline ran first, then the cohort whose steps wait for the events pushed to its receiver. Per completed "
                    + "journey: the requests the services answered, and the core-seconds the platform's processes used (this JVM and the "
                    + "machine's other processes not counted).\n\n");
            table(md, List.of("arrivals", "journeys completed", "requests/journey", "without the simulated clock's", "core-s/journey"),
                    List.of(side(comparison.before()), side(comparison.after())));
            md.append(format("\n**%.0f %% fewer requests per journey** (the issue's target: at least %.0f %%; %.0f %% fewer without `%s`, "
                            + "the benchmark's time travel), %.0f %% fewer core-seconds per journey.\n",
                    comparison.fewerRequestsPercent(), BeforeAfter.FEWER_REQUESTS_PERCENT, comparison.fewerApiRequestsPercent(), BeforeAfter.CLOCK,
                    comparison.fewerCoreSecondsPercent()));
            md.append("\nRequests per completed journey, endpoint by endpoint (every status together; `" + BeforeAfter.CLOCK
                    + "` is the benchmark's scaffolding, the dev profile's simulated clock, and no partner's request):\n\n");
            table(md, List.of("service", "endpoint", "polling", "webhook"), BeforeAfter.perEndpoint(run).stream()
                    .map(row -> List.of(row.service(), row.endpoint() + (row.scaffolding() ? " (scaffolding)" : ""),
                            format("%.2f", row.before()), format("%.2f", row.after())))
                    .toList());
        });
        if (run.journey() != null && run.journey().webhookHop() != null) {
            WebhookHop.Result hop = run.journey().webhookHop();
            md.append("\n## Webhook hop: outbox commit → the receiver's 2xx\n\n");
            md.append(format("From the producer's outbox write (webhook-service's `inbox_event.produced_at`) to the journey's receiver recording the "
                            + "event before it answers 2xx, both this machine's wall clock: **p50 %.1f ms, p99 %.1f ms** (p95 %.1f, max %.1f) over "
                            + "%d of the %d events received.\n",
                    hop.latency().p50(), hop.latency().p99(), hop.latency().p95(), hop.latency().max(), hop.matched(), hop.arrivals()));
        }

        if (run.writes() != null) {
            WritesWorkload.Result writes = run.writes();
            WritesWorkload.Prepared prepared = writes.prepared();
            md.append("\n## Writes: session starts and completions at fixed arrival rates (open model)\n\n");
            md.append(format("%d of %d eligible patients prepared in %.1f s (FirstMonth's week 1 and a first session). Each rate: rounds of "
                            + "%d starts then %d completions at that rate, the simulated clock +72 h between rounds; bare-insert: one stream "
                            + "per rate. At most %d connections per service, so a stage cannot pass %d ÷ the answer time. Latency from the "
                            + "intended send time. The ladder ended: %s.\n\n",
                    prepared.patients().size(), prepared.asked(), prepared.seconds(), prepared.patients().size(), prepared.patients().size(),
                    writes.connections(), writes.connections(), writes.ladderEnded()));
            List<List<String>> rows = new ArrayList<>();
            for (WritesWorkload.Stage stage : writes.stages()) {
                for (String endpoint : List.of(WritesWorkload.START, WritesWorkload.COMPLETE)) {
                    Summary summary = Targets.summaryOf(stage, endpoint);
                    rows.add(ladderRow(stage.ratePerSecond(), endpoint, Integer.toString(stage.rounds()), summary, stage.keptUp(), bareAt(run, stage.ratePerSecond())));
                }
            }
            if (run.bare() != null) {
                for (BareInsert.Stage stage : run.bare().stages()) {
                    rows.add(ladderRow(stage.ratePerSecond(), BareInsert.ENDPOINT, "one stream", stage.insert(), stage.keptUp(), Optional.empty()));
                }
            }
            table(md, List.of("rate/s", "endpoint", "rounds", "answers", "errors", "throughput/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
                    "vs bare at that rate", "kept up"), rows);
            if (writes.sendLag() != null) {
                md.append(format("\nThe load generator's lateness (intended → written on a connection, a wait for one of the client's included): p50 %.2f ms, p99 %.2f ms, max %.1f ms "
                        + "(included in the latencies above). A round starts once every answer of the one before is in (the simulated "
                        + "clock moves between rounds), and a request waits while all %d connections are busy, so when it reaches "
                        + "seconds it is mostly the services' slowness rather than the generator's own CPU (in \"Where the CPU went\").\n", writes.sendLag().p50(), writes.sendLag().p99(), writes.sendLag().max(),
                        writes.connections()));
            }
        }

        if (!run.hops().isEmpty()) {
            md.append("\n## Event hops: outbox write → consumer's handling (inbox timestamps)\n");
            for (EventHops.Window window : run.hops()) {
                md.append(format("\n### %s (%d hops, p50 %.0f ms, p99 %.0f ms, max %.0f ms)\n\n", window.name(), window.all().count(),
                        window.all().p50(), window.all().p99(), window.all().max()));
                md.append("Consumers: ").append(window.consumers().stream().map(EventHops.Consumer::describe).collect(Collectors.joining("; ")))
                        .append("\n\n");
                table(md, List.of("event", "consumer", "hops", "p50 ms", "p95 ms", "p99 ms", "max ms"), window.hops().stream()
                        .map(hop -> List.of(hop.event(), hop.consumer(), Long.toString(hop.latency().count()), format("%.0f", hop.latency().p50()),
                                format("%.0f", hop.latency().p95()), format("%.0f", hop.latency().p99()), format("%.0f", hop.latency().max())))
                        .toList());
            }
        }

        if (!run.startup().isEmpty()) {
            md.append("\n## Start-up and memory (one extra instance of each service, dev profile, ")
                    .append(run.options().startupJava()).append(", `").append(run.options().startupJavaOptions()).append("`)\n\n");
            table(md, List.of("service", "launch → first 200 on /q/health/ready", "CPU until then", "Quarkus 'started in'", "RSS after warm-up",
                    "heap committed / used", "metaspace", "warm-up answers", "graceful stop"), run.startup().stream().map(s -> List.of(s.service() + "-service",
                    format("%.2f s", s.secondsToReady()), format("%.1f s", s.cpuSecondsToReady()),
                    s.quarkusStartedInSeconds() == null ? "—" : format("%.2f s", s.quarkusStartedInSeconds()),
                    s.rssMegabytes() == null ? "—" : format("%.0f MB", s.rssMegabytes()),
                    s.memory().heapCommitted() == null ? "—" : format("%.0f / %.0f MB", s.memory().heapCommitted(), s.memory().heapUsed()),
                    s.memory().metaspaceCommitted() == null ? "—" : format("%.0f MB", s.memory().metaspaceCommitted()),
                    s.warmupStatuses().entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", ")),
                    format("%.1f s", s.secondsToStop())))
                    .toList());
        }

        if (!run.cpu().isEmpty()) {
            md.append("\n## Where the CPU went (cores used on average; the machine has ").append(machine.cores()).append(")\n\n");
            List<String> parts = run.cpu().stream().flatMap(window -> window.usage().coresByPart().keySet().stream()).distinct().toList();
            List<String> header = new ArrayList<>(List.of("window", "seconds", "machine busy"));
            header.addAll(parts);
            header.add("other processes");
            table(md, header, run.cpu().stream().map(window -> {
                List<String> row = new ArrayList<>(List.of(window.window(), format("%.0f", window.usage().seconds()),
                        format("%.2f", window.usage().machineBusyCores())));
                parts.forEach(part -> row.add(format("%.2f", window.usage().coresByPart().getOrDefault(part, 0.0))));
                row.add(format("%.2f", window.usage().otherCores()));
                return row;
            }).toList());
        }

        if (!run.profiles().isEmpty()) {
            md.append("\n## Profiles (JFR, settings=profile; share of CPU samples)\n");
            for (Profiler.Profile profile : run.profiles()) {
                md.append(format("\n### %s-service during %s (%d samples, %d GC pauses totalling %.0f ms; recording %s)\n\n", profile.service(),
                        profile.window(), profile.samples(), profile.gcPauses(), profile.gcPauseMillis(), profile.file()));
                md.append("CPU by layer (self; JDK frames count for their caller): ").append(shares(profile.cpuByLayer(), 10)).append("\n\n");
                md.append("Layers on the stack (inclusive): ").append(shares(profile.layers(), 10)).append("\n\n");
                md.append("Hottest methods (self): ").append(shares(profile.hottestMethods(), 8)).append("\n\n");
                md.append("Stillwater methods nearest the hot frames: ").append(shares(profile.hottestStillwaterMethods(), 8)).append("\n");
                if (!profile.contendedMonitorsMillis().isEmpty()) {
                    md.append("\nContended monitors (ms blocked): ").append(profile.contendedMonitorsMillis().stream()
                            .map(share -> format("%s %.0f", share.name(), share.percent())).collect(Collectors.joining(", "))).append('\n');
                }
            }
        }

        md.append("\n## Errors\n\n");
        if (run.errors().isEmpty() && run.problems().isEmpty()) {
            md.append("None: every answer was the one expected.\n");
        }
        for (Errors errors : run.errors()) {
            md.append(format("- **%s** (%s): %s%n", errors.name(), errors.window(), errors.byKind().entrySet().stream()
                    .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "))));
            errors.samples().forEach(sample -> md.append("  - `").append(sample.replace('`', '\'')).append("`\n"));
        }
        run.problems().forEach(problem -> md.append("- ").append(problem).append('\n'));

        md.append("\n## How the run went\n\n");
        table(md, List.of("part", "seconds", "outcome"), run.parts().stream()
                .map(part -> List.of(part.name(), format("%.1f", part.seconds()), part.outcome())).toList());

        if (chartFile != null) {
            md.append("\n## Latency over time\n\n![REST write and event-hop latency over time](").append(chartFile).append(")\n");
        }
        return md.toString();
    }

    private static List<String> saturationRow(String what, int connections, GeneratorCheck.Saturation saturation) {
        return List.of(what + ", " + connections + " connections, closed loop",
                format("%.0f requests/s (%d answers in %.1f s, %d errors)", saturation.perSecond(), saturation.answers(), saturation.seconds(), saturation.errors()),
                format("p50 %.1f ms, p99 %.1f ms; the generator used %s", saturation.p50Millis(), saturation.p99Millis(),
                        saturation.generatorCores() == null ? "—" : format("%.2f cores", saturation.generatorCores())));
    }

    private static Optional<Summary> bareAt(Run run, int rate) {
        if (run.bare() == null) {
            return Optional.empty();
        }
        return run.bare().stages().stream().filter(stage -> stage.ratePerSecond() == rate).map(BareInsert.Stage::insert).findFirst();
    }

    private static List<String> ladderRow(int rate, String endpoint, String rounds, Summary summary, boolean keptUp, Optional<Summary> bare) {
        return List.of(Integer.toString(rate), endpoint, rounds, Long.toString(summary.count()), Long.toString(summary.errors()),
                format("%.0f", summary.throughputPerSecond()), format("%.1f", summary.p50()), format("%.1f", summary.p95()),
                format("%.1f", summary.p99()), format("%.1f", summary.max()),
                bare.map(b -> format("%.0f %% of throughput, p99 ×%.1f", 100 * summary.throughputPerSecond() / b.throughputPerSecond(),
                        summary.p99() / Math.max(0.001, b.p99()))).orElse(""),
                keptUp ? "yes" : "**no**");
    }

    private static void summaries(StringBuilder md, String what, Map<String, Summary> summaries) {
        table(md, List.of(what, "answers", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"), summaries.entrySet().stream()
                .map(e -> List.of(e.getKey(), Long.toString(e.getValue().count()), Long.toString(e.getValue().errors()),
                        format("%.0f", e.getValue().p50()), format("%.0f", e.getValue().p95()), format("%.0f", e.getValue().p99()),
                        format("%.0f", e.getValue().max())))
                .toList());
    }

    private static String shares(List<Profiler.Share> shares, int limit) {
        return shares.stream().limit(limit).map(share -> format("%s %.0f %%", share.name(), share.percent())).collect(Collectors.joining(", "));
    }

    static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(row.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | "))).append(" |\n");
        }
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static List<String> side(BeforeAfter.Side side) {
        return List.of(side.arrivals(), Integer.toString(side.completed()), format("%.1f", side.requestsPerJourney()),
                format("%.1f", side.apiRequestsPerJourney()), format("%.2f", side.coreSecondsPerJourney()));
    }
}
