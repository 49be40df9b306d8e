package org.stillwater.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stillwater.launcher.process.ChildProcess;
import org.stillwater.launcher.process.Ports;

/**
 * The write endpoints' ceiling: the bare-insert app (module checks/benchmarks/bare-insert: Quarkus REST, Jackson,
 * Agroal with the services' pool size, one INSERT per POST, no token, rules, audit or outbox), started here
 * as a child process on a free port against the benchmark's database, with the services' heap settings, and
 * driven at the write endpoints' rates with their bodies (start and completion in turn), each rate as one
 * stream of at least {@code --stage-seconds} and at least a round of the write endpoints' requests (see
 * {@link Plan#of}), until it cannot keep up; then stopped.
 *
 * <p>One stream, not the write endpoints' rounds: nothing here needs the simulated clock to move between
 * rounds, and a throughput measured over a block of a few dozen requests is bounded by the spread of their
 * latencies, not by the server (24 requests at 400/s last 60 ms; their answers spread over 150 ms and more).
 * Driven in such blocks, bare-insert showed a third of what wrk measured on it in the same run.
 */
final class BareInsert implements AutoCloseable {

    static final String ENDPOINT = "POST /inserts (bare)";
    static final Duration WARMUP = Duration.ofSeconds(3);

    /** One rate: what the endpoint did, and whether it kept up. */
    record Stage(int ratePerSecond, Summary insert, boolean keptUp) {
    }

    /** What the ladder measured, the CPU it took (after the warm-up), and the load generator's check on this endpoint. */
    record Result(double startupSeconds, List<Stage> stages, String ladderEnded, CpuUsage.Result cpu, Summary sendLag,
                  GeneratorCheck.Result generator) {
    }

    /** A rate and how many requests its stream has. */
    record Plan(int ratePerSecond, int requests) {

        /** At least {@code seconds} at the rate, and at least {@code atLeast} requests. */
        static Plan of(int ratePerSecond, double seconds, int atLeast) {
            return new Plan(ratePerSecond, Math.max(atLeast, (int) Math.ceil(ratePerSecond * seconds)));
        }
    }

    private final ChildProcess process;
    private final String baseUrl;
    private final double startupSeconds;
    private final LoadClient client;

    private BareInsert(ChildProcess process, String baseUrl, double startupSeconds, int connections) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.startupSeconds = startupSeconds;
        this.client = new LoadClient(connections);
    }

    /** @param connections the load generator's bound, as the write endpoints' ladder has it */
    static BareInsert start(Path root, BenchDatabase database, Path logs, int connections) {
        Path jar = root.resolve("checks/benchmarks/bare-insert/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("checks/benchmarks/bare-insert is not built (" + jar + "): ./mvnw package -DskipTests");
        }
        int port = Ports.free();
        long began = System.nanoTime();
        ChildProcess process = ChildProcess.start("bare-insert", List.of(Processes.java(), "-Xms64m", "-Xmx256m", "-jar", jar.toString()),
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(port), "QUARKUS_HTTP_HOST", Ports.LOOPBACK,
                        "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(), "QUARKUS_DATASOURCE_USERNAME", "postgres"),
                root, logs.resolve("bare-insert.log"), logs.resolve("run"));
        String baseUrl = "http://" + Ports.LOOPBACK + ":" + port;
        try {
            Processes.awaitHttp200(process, baseUrl + "/inserts/ready", Duration.ofSeconds(60));
            return new BareInsert(process, baseUrl, (System.nanoTime() - began) / 1e9, connections);
        } catch (RuntimeException failed) {
            process.stop();
            throw failed;
        }
    }

    /**
     * @param processes whose CPU is measured during the ladder, this app added
     * @param checkSeconds how long each generator of the {@link GeneratorCheck} saturates the endpoint, after the ladder
     * @param work where the check writes wrk's script
     */
    Result drive(Live live, List<Plan> plans, java.util.Map<String, Long> processes, double checkSeconds, Path work) {
        warmUp(live);
        java.util.Map<String, Long> measured = new java.util.LinkedHashMap<>(processes);
        measured.put("bare-insert", process.pid());
        CpuUsage usage = CpuUsage.start(measured);
        Series sendLag = live.series("load generator: send lag", "bare-insert");
        OpenModel model = new OpenModel(sendLag);
        List<Stage> stages = new ArrayList<>();
        String ended = "every rate was run";
        for (Plan plan : plans) {
            Series insert = live.series(ENDPOINT, "bare-insert @ " + plan.ratePerSecond() + "/s");
            List<OpenModel.Block> blocks = List.of(new OpenModel.Block(plan.ratePerSecond(), requests(insert, plan.requests()), null));
            long sentBefore = model.sent();
            live.phase("bare insert: " + plan.ratePerSecond() + " requests/s, " + plan.requests() + " requests",
                    () -> model.sent() - sentBefore, plan.requests(), List.of(insert, sendLag));
            model.run(blocks, WritesWorkload.GAP_NANOS);
            live.finishPhase();
            Summary summary = insert.summary();
            boolean keptUp = summary.throughputPerSecond() >= WritesWorkload.KEEPS_UP * plan.ratePerSecond();
            stages.add(new Stage(plan.ratePerSecond(), summary, keptUp));
            if (!keptUp) {
                ended = "it could not keep up with " + plan.ratePerSecond() + " requests/s";
                break;
            }
        }
        CpuUsage.Result cpu = usage.stop();
        long began = System.nanoTime();
        live.phase("load generator check: the benchmark's client, then wrk, " + client.connections() + " connections each",
                () -> (System.nanoTime() - began) * 100 / (long) (2 * checkSeconds * 1e9), 100, List.of());
        GeneratorCheck.Result generator = GeneratorCheck.measure(baseUrl + "/inserts", WritesWorkload.START_BODY, checkSeconds, work, client.connections());
        live.finishPhase();
        return new Result(startupSeconds, stages, ended, cpu, sendLag.summary(), generator);
    }

    /**
     * The services it is compared with have been running (and compiled by the JIT) for a while: so it first
     * serves {@link #WARMUP} of requests from a few clients in a loop, not measured.
     */
    private void warmUp(Live live) {
        long began = System.nanoTime();
        live.phase("bare insert: warming up (not measured)", () -> (System.nanoTime() - began) * 100 / WARMUP.toNanos(), 100, List.of());
        client.closedLoop(baseUrl + "/inserts", WritesWorkload.START_BODY, 8, began + WARMUP.toNanos(), (sent, answer, failure) -> { });
        live.finishPhase();
    }

    /** The write endpoints' two bodies in turn: a start's, then a completion's. */
    private List<OpenModel.Request> requests(Series series, int count) {
        List<OpenModel.Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = i % 2 == 0 ? WritesWorkload.START_BODY : WritesWorkload.COMPLETION_BODY;
            requests.add(new OpenModel.Request(series, () -> client.post(baseUrl + "/inserts", null, body)));
        }
        return requests;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            process.stop();
        }
    }
}
