package org.stillwater.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.JourneyFailure;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.InfrastructurePorts;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * {@code ./stillwater bench [workload] [options]}: measures the running platform ({@code ./stillwater up})
 * and, in the same run, this machine's ceilings, and writes a JSON file, a Markdown report and a PNG chart.
 * See {@link Options#USAGE}.
 */
public final class Bench {

    static final String POSTGRES_HOST = "127.0.0.1";
    /** The platform's PostgreSQL: 5433, or the STILLWATER_POSTGRES_PORT that ./stillwater up was started with. */
    static final int POSTGRES_PORT = InfrastructurePorts.defaults().postgres();
    private static final List<String> SERVICES = List.of("intake", "prescription", "session", "checkin");
    /** Whose start-up and RSS are measured: all five services, webhook-service too. */
    private static final List<String> STARTED = List.of("intake", "prescription", "session", "checkin", "webhook");

    private final Path root;
    private final Options options;
    private final PrintStream out = System.out;
    private final Endpoints endpoints = Endpoints.local();
    private final Tokens tokens = new Tokens(endpoints.realm());
    private final Api api = new Api();
    private final List<String> problems = new ArrayList<>();
    private final List<EventHops.Window> hopWindows = new ArrayList<>();
    private final List<Report.CpuWindow> cpu = new ArrayList<>();
    private final List<Profiler.Profile> profiles = new ArrayList<>();
    private final List<Report.Part> parts = new ArrayList<>();
    private final Map<String, Long> platformProcesses;
    private Live live;
    private Instant runStart;

    private Bench(Path root, Options options) {
        this.root = root;
        this.options = options;
        this.platformProcesses = CpuUsage.platform(root.resolve(".stillwater"));
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Path root = PlatformLayout.checkoutRoot();
        Options options;
        try {
            options = Options.parse(args, root.resolve("checks/benchmarks").resolve("results")
                    .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            new Bench(root, options).run();
        } catch (NotReady notReady) {
            System.err.println(notReady.getMessage());
            System.exit(1);
        }
    }

    /** The platform is not there, or cannot run a journey: nothing to measure. */
    static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    private void run() {
        String loadBefore = loadAverage();
        preflight();
        try {
            Files.createDirectories(options.out().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Stillwater benchmark: " + options.workload() + ", report in " + root.relativize(options.out()));
        runStart = Instant.now();
        long began = System.nanoTime();
        KafkaCeiling.Result kafka = null;
        PostgresCeiling.Result postgres = null;
        BareInsert.Result bare = null;
        JourneyWorkload.Result journey = null;
        JourneyWorkload.Result baseline = null;
        WritesWorkload.Result writes = null;
        List<ServiceStartup.Result> startup = new ArrayList<>();
        boolean writesRun = options.runs("writes");
        boolean startupOnly = options.workload().equals("startup");
        try (Live display = new Live(out, System.console() != null);
             Pharmacies pharmacies = new Pharmacies(endpoints, options.pharmacies());
             BenchDatabase database = options.ceilings() && !startupOnly ? BenchDatabase.create(POSTGRES_HOST, POSTGRES_PORT) : null) {
            live = display;
            if (database != null) {
                kafka = part("Kafka ceiling", () -> {
                    live.phase("ceiling: Kafka producer, acks=all, 1 KiB", elapsed(options.ceilingSeconds()), 1000, List.of());
                    return KafkaCeiling.measure(endpoints.bootstrapServers(), options.ceilingSeconds());
                });
                postgres = part("PostgreSQL ceiling", () -> {
                    live.phase("ceiling: PostgreSQL insert + commit, 20 conn.", elapsed(options.ceilingSeconds()), 1000, List.of());
                    return PostgresCeiling.measure(database, options.ceilingSeconds());
                });
                live.finishPhase();
            }
            if (!startupOnly) {
                pharmacies.start();
            }
            WritesWorkload writesWorkload = new WritesWorkload(live, endpoints, tokens, api);
            // The approvals come first: the simulated clock only moves forward (see docs/performance.md).
            WritesWorkload.Prepared prepared = writesRun
                    ? part("writes preparation", () -> writesWorkload.prepare(options.writesPatients())) : null;
            if (options.runs("journey") || options.runs("hop")) {
                // hop: one cohort only (the webhook's, unless asked otherwise); journey and all: the polling baseline first
                List<String> cohorts = options.workload().equals("hop") && options.journeyArrivals().equals("both")
                        ? List.of(JourneyWorkload.WEBHOOK) : options.journeyCohorts();
                for (String arrivals : cohorts) {
                    String window = arrivals.equals(cohorts.get(cohorts.size() - 1)) ? JourneyWorkload.WINDOW : JourneyWorkload.WINDOW + " (" + arrivals + ")";
                    settle();
                    JourneyWorkload.Result cohort = part(window, () -> journey(window, arrivals));
                    if (cohort != null) {
                        settle();
                        hops(options.workload().equals("hop") ? "hop: a journey cohort of " + cohort.patients() : window, cohort.from(), cohort.to(), true);
                    }
                    if (window.equals(JourneyWorkload.WINDOW)) {
                        journey = cohort;
                    } else {
                        baseline = cohort;
                    }
                }
            }
            if (prepared != null) {
                settle();
                writes = part("writes", () -> measured("writes", List.of("session", "checkin", "prescription"), false,
                        () -> writesWorkload.run(prepared, options.rates(), options.stageSeconds(), platformProcesses, options.connections())));
                if (writes != null) {
                    settle();
                    for (WritesWorkload.Stage stage : writes.stages()) {
                        // the stages follow one another without a pause: only the last one's queues clear with nothing produced
                        boolean last = stage == writes.stages().get(writes.stages().size() - 1);
                        hops("writes @ " + stage.ratePerSecond() + "/s", stage.from(), stage.to(), last);
                        cpu.add(new Report.CpuWindow("writes @ " + stage.ratePerSecond() + "/s", stage.cpu()));
                    }
                }
                if (database != null && writes != null) {
                    WritesWorkload.Result measuredWrites = writes;
                    bare = part("bare-insert ceiling", () -> bare(database, measuredWrites));
                }
            }
            if (options.startup() && options.runs("startup")) {
                UUID known = journey != null && journey.knownPatient() != null ? journey.knownPatient() : DemoAccounts.ALEX_PATIENT_ID;
                List<ServiceStartup.Result> measuredStartup = part("start-up", () -> startup(known));
                if (measuredStartup != null) {
                    startup.addAll(measuredStartup);
                }
            }
            if (pharmacies.problemCount() > 0) {
                problems.add("the reference pharmacy reported " + pharmacies.problemCount() + " problem(s): " + String.join(" | ", pharmacies.problems()));
            }
            live.finishPhase();
        }
        List<Report.Errors> errors = live.allSeries().stream().filter(series -> series.errorCount() > 0)
                .map(series -> new Report.Errors(series.name(), series.window(), series.errorsByKind(), series.errorSamples())).toList();
        Report.Machine machine = new Report.Machine(Runtime.getRuntime().availableProcessors(), memoryGigabytes(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + jvmOptions(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), loadBefore, loadAverage());
        Report.Run run = new Report.Run(runStart.toString(), (System.nanoTime() - began) / 1e9, command(), machine, options,
                List.copyOf(parts), kafka, postgres, bare, journey, baseline, writes, List.copyOf(hopWindows), startup, List.copyOf(cpu),
                List.copyOf(profiles), errors, List.copyOf(problems));
        List<Targets.Target> targets = Targets.judge(run);
        String chart = chart(run);
        Report.writeJson(options.out().resolve("report.json"), run, targets);
        Report.writeMarkdown(options.out().resolve("report.md"), run, targets, chart);
        linkLatest();
        printTargets(targets, run);
    }

    /** One journey cohort, its CPU measured as the window {@code window}, webhook-service profiled too. */
    private JourneyWorkload.Result journey(String window, String arrivals) {
        JourneyWorkload workload = new JourneyWorkload(live, endpoints, tokens, api);
        List<String> profiled = new ArrayList<>(SERVICES);
        profiled.add("webhook");
        return measured(window, profiled, true, () -> workload.run(options.patients(), options.concurrency(), arrivals));
    }

    /**
     * Runs a workload with JFR recording on the given services (unless --no-profile) and, when {@code cpuOfWindow}, the
     * CPU of the whole window measured (the writes workload measures it per rate). The recordings stop once the platform
     * has handled the window's events ({@link #settle}).
     */
    private <T> T measured(String window, List<String> profiled, boolean cpuOfWindow, Supplier<T> workload) {
        List<Profiler> recording = new ArrayList<>();
        if (options.profile()) {
            for (String service : profiled) {
                Long pid = platformProcesses.get(service + "-service");
                if (pid != null) {
                    recording.add(Profiler.start(pid, service, options.out().resolve("jfr"), window));
                }
            }
        }
        CpuUsage usage = CpuUsage.start(platformProcesses);
        try {
            return workload.get();
        } finally {
            if (cpuOfWindow) {
                cpu.add(new Report.CpuWindow(window, usage.stop()));
            }
            if (!recording.isEmpty()) {
                // Stopping a recording and reading it takes CPU: not while the consumers clear their queues, whose rate is
                // their ceiling (EventHops.Consumer). The recordings cover that clearing too.
                settle();
            }
            for (Profiler profiler : recording) {
                profiles.add(profiler.stop(window));
            }
        }
    }

    private BareInsert.Result bare(BenchDatabase database, WritesWorkload.Result writes) {
        // at least a round of the write endpoints' (a start and a completion per prepared patient)
        int atLeast = 2 * writes.prepared().patients().size();
        List<BareInsert.Plan> plans = options.rates().stream().map(rate -> BareInsert.Plan.of(rate, options.stageSeconds(), atLeast)).toList();
        live.phase("bare insert: starting the app", () -> 0, 1, List.of());
        try (BareInsert app = BareInsert.start(root, database, options.out().resolve("logs"), options.connections())) {
            BareInsert.Result result = app.drive(live, plans, platformProcesses, options.ceilingSeconds(), options.out().resolve("logs"));
            cpu.add(new Report.CpuWindow("bare-insert ladder", result.cpu()));
            return result;
        }
    }

    private List<ServiceStartup.Result> startup(UUID knownPatient) {
        List<java.util.concurrent.CompletableFuture<ServiceStartup.Result>> results = new ArrayList<>();
        live.phase("start-up and RSS of each service", results::size, STARTED.size(), List.of());
        for (String service : STARTED) {
            results.add(ServiceStartup.measure(root, service, options.startupJava(), options.startupJavaOptions(), endpoints, tokens, knownPatient,
                    options.out().resolve("logs")));
        }
        live.phase("stopping the measured instances", () -> results.stream().filter(java.util.concurrent.CompletableFuture::isDone).count(),
                STARTED.size(), List.of());
        List<ServiceStartup.Result> measured = results.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        live.finishPhase();
        return measured;
    }

    /** Waits until the platform has handled everything asked of it so far (see {@link #awaitQuiet}). */
    private void settle() {
        part("waiting for the platform to handle every event", () -> {
            awaitQuiet();
            return null;
        });
    }

    /**
     * The hops of the events produced in a window (the platform has handled them: {@link #settle} first).
     *
     * @param nothingProducedAfterward whether the window was followed by the platform clearing its queues (see {@link EventHops#measure})
     */
    private void hops(String name, Instant from, Instant to, boolean nothingProducedAfterward) {
        EventHops.Window window = part("event hops of " + name,
                () -> EventHops.measure(name, POSTGRES_HOST, POSTGRES_PORT, from, to, runStart, nothingProducedAfterward));
        if (window != null) {
            hopWindows.add(window);
        }
    }

    /**
     * Waits (up to a minute) until the platform is at rest: no service has an outbox backlog, no consumer group
     * is behind by more than a transaction marker, and the services' event counters (handled, skipped,
     * duplicate, failed, poison) have not moved for two seconds. Then the hops of a window are all in, and the
     * next part starts on a platform that is not still working off the last one.
     */
    private void awaitQuiet() {
        live.phase("waiting for the platform to handle every event", () -> 0, 1, List.of());
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        double previous = -1;
        int steady = 0;
        try (ConsumerLag lag = new ConsumerLag(endpoints.bootstrapServers())) {
            while (System.nanoTime() < deadline) {
                Metrics metrics = metrics();
                boolean settled = metrics.backlog() == 0 && lag.maxPerPartition() <= 1 && metrics.events() == previous;
                steady = settled ? steady + 1 : 0;
                if (steady >= 2) {
                    live.finishPhase();
                    return;
                }
                previous = metrics.events();
                Processes.sleep(1000);
            }
        }
        live.finishPhase();
        problems.add("the platform was still handling events a minute after a workload; hops handled later are not counted");
    }

    /** The services' outbox backlog and the sum of their event counters. */
    private record Metrics(long backlog, double events) {
    }

    private Metrics metrics() {
        long backlog = 0;
        double events = 0;
        for (String service : endpoints.services()) {
            for (String line : get(service + "/q/metrics").split("\n")) {
                if (line.startsWith("stillwater_outbox_backlog ")) {
                    backlog += (long) sampleValue(line);
                } else if (line.startsWith("stillwater_events_") && line.contains("_total{")) {
                    events += sampleValue(line);
                }
            }
        }
        return new Metrics(backlog, events);
    }

    /** The value of a Prometheus sample line: after the name and labels, before an exemplar ({@code # {...} ...}). */
    static double sampleValue(String line) {
        String afterLabels = line.contains("}") ? line.substring(line.indexOf('}') + 1) : line.substring(line.indexOf(' '));
        return Double.parseDouble(afterLabels.trim().split("\\s+")[0]);
    }

    /** The -XX options this JVM runs with (./stillwater bench limits the JIT to C1), as " (…)"; empty without any. */
    private static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> option.startsWith("-XX:")).toList();
        return options.isEmpty() ? "" : " (the benchmark's JVM: " + String.join(" ", options) + ")";
    }

    /** The platform answers, tokens can be had, and a patient can be approved (the simulated clock allows it). */
    private void preflight() {
        if (!Files.exists(root.resolve(".stillwater").resolve("run"))) {
            throw new NotReady("No .stillwater/run in " + root + ": run the benchmark from the checkout the platform was started from");
        }
        for (String service : endpoints.services()) {
            try {
                HttpResponse<Void> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() != 200) {
                    throw new NotReady(service + " is not ready (" + ready.statusCode() + "). Start the platform first: ./stillwater up");
                }
            } catch (IOException unreachable) {
                throw new NotReady("Nothing answers at " + service + ". Start the platform first: ./stillwater up");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotReady("interrupted");
            }
        }
        if (options.workload().equals("startup")) {
            return;
        }
        try {
            FirstMonth probe = new FirstMonth(endpoints, tokens, api, Narrator.silent(), "Probe", "Bench-" + UUID.randomUUID().toString().substring(0, 6));
            probe.registerPatient();
            probe.submitIntake();
            probe.approveByVideo();
        } catch (JourneyFailure | IllegalStateException failed) {
            throw new NotReady("A probe patient could not be registered and approved: " + failed.getMessage());
        }
    }

    private <T> T part(String name, Supplier<T> part) {
        long began = System.nanoTime();
        try {
            T result = part.get();
            parts.add(new Report.Part(name, (System.nanoTime() - began) / 1e9, "done"));
            return result;
        } catch (RuntimeException failed) {
            parts.add(new Report.Part(name, (System.nanoTime() - began) / 1e9, "failed"));
            live.finishPhase();
            String message = name + " failed: " + failed.getMessage();
            problems.add(message);
            live.say("  ✗ " + message);
            return null;
        }
    }

    private static java.util.function.LongSupplier elapsed(double seconds) {
        long began = System.nanoTime();
        return () -> Math.min(1000, (long) ((System.nanoTime() - began) / 1e9 / seconds * 1000));
    }

    private String chart(Report.Run run) {
        List<LatencyChart.Line> rest = new ArrayList<>();
        List<LatencyChart.Band> restBands = new ArrayList<>();
        String[] names = {WritesWorkload.START, WritesWorkload.COMPLETE, BareInsert.ENDPOINT};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            List<double[]> p99 = new ArrayList<>();
            List<double[]> p50 = new ArrayList<>();
            for (Series series : live.allSeries()) {
                if (series.name().equals(name)) {
                    for (Series.Point point : series.timeline()) {
                        p99.add(new double[] {point.atSeconds(), point.p99()});
                        p50.add(new double[] {point.atSeconds(), point.p50()});
                    }
                    List<Series.Point> timeline = series.timeline();
                    if (!timeline.isEmpty() && i != 1) {
                        restBands.add(new LatencyChart.Band(series.window().replace("-insert @ ", " ").replace(" @ ", " "),
                                timeline.get(0).atSeconds() - 1, timeline.get(timeline.size() - 1).atSeconds()));
                    }
                }
            }
            rest.add(new LatencyChart.Line(name + " p99", p99, false, i));
            rest.add(new LatencyChart.Line(name + " p50", p50, true, i));
        }
        List<LatencyChart.Line> hops = new ArrayList<>();
        List<LatencyChart.Band> hopBands = new ArrayList<>();
        List<double[]> hopP99 = new ArrayList<>();
        List<double[]> hopP50 = new ArrayList<>();
        for (EventHops.Window window : run.hops()) {
            for (Series.Point point : window.timeline()) {
                hopP99.add(new double[] {point.atSeconds(), point.p99()});
                hopP50.add(new double[] {point.atSeconds(), point.p50()});
            }
            hopBands.add(new LatencyChart.Band(window.name().replace(" @ ", " "), seconds(window.from()), seconds(window.to())));
        }
        hops.add(new LatencyChart.Line("event hops p99 (all types)", hopP99, false, 3));
        hops.add(new LatencyChart.Line("event hops p50", hopP50, true, 3));
        LatencyChart.write(options.out().resolve("latency.png"), List.of(
                new LatencyChart.Panel("REST writes: latency from the intended send time (per second)", "REST write, ms", rest, restBands),
                new LatencyChart.Panel("Event hops: outbox write → consumer's handling (per second of production)", "event hop, ms", hops, hopBands)));
        return Files.exists(options.out().resolve("latency.png")) ? "latency.png" : null;
    }

    private double seconds(Instant at) {
        return Duration.between(runStart, at).toMillis() / 1000.0;
    }

    private void linkLatest() {
        Path latest = options.out().getParent().resolve("latest");
        try {
            Files.deleteIfExists(latest);
            Files.createSymbolicLink(latest, latest.getParent().relativize(options.out()));
        } catch (IOException | UnsupportedOperationException e) {
            problems.add("could not link " + latest + ": " + e.getMessage());
        }
    }

    private void printTargets(List<Targets.Target> targets, Report.Run run) {
        out.println();
        out.printf("Targets of issues 9 and 17 (this machine: %d cores; absolute figures vary between runs)%n", run.machine().cores());
        for (Targets.Target target : targets) {
            out.printf("  %s %-58s %s%n      %s%n", target.met() == null ? " " : target.met() ? "✓" : "✗", target.target(), target.verdict(), target.measured());
        }
        if (!run.problems().isEmpty() || !run.errors().isEmpty()) {
            out.println();
            out.println("Errors and problems (see the report):");
            run.errors().forEach(e -> out.println("  " + e.name() + " (" + e.window() + "): " + e.byKind()));
            run.problems().forEach(p -> out.println("  " + p));
        }
        out.println();
        out.println("Report: " + root.relativize(options.out().resolve("report.md")) + " (also report.json"
                + (Files.exists(options.out().resolve("latency.png")) ? ", latency.png)" : ")"));
    }

    private String command() {
        return "./stillwater bench " + options.workload();
    }

    private static String get(String url) {
        try {
            // HTTP/1.1: the default h2c upgrade fails on a large answer (the metrics, megabytes) with "Frame type … exceeds MAX_FRAME_SIZE"
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double memoryGigabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e9;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // reported as 0
        }
        return 0;
    }
}
