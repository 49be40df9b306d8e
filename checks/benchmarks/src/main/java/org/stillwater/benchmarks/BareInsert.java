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
 * driven exactly as the write endpoints were: the same rates and rounds, the same blocks of requests (one block
 * the size of the prepared cohort with start bodies, one with completion bodies) and the same gaps; at the
 * higher rates the write endpoints did not reach, a few rounds each until it cannot keep up either; then stopped.
 */
final class BareInsert implements AutoCloseable {

    static final String ENDPOINT = "POST /inserts (bare)";
    static final Duration WARMUP = Duration.ofSeconds(3);
    /** At rates the write endpoints were not driven at (they could not keep up), enough rounds to find where this one cannot. */
    static final int MAX_ROUNDS_BEYOND_WRITES = 4;

    /** One rate: rounds driven, what the endpoint did, and whether it kept up. */
    record Stage(int ratePerSecond, int rounds, Summary insert, boolean keptUp) {
    }

    /** What the ladder measured, the CPU it took (after the warm-up), and the load generator's check on this endpoint. */
    record Result(double startupSeconds, List<Stage> stages, String ladderEnded, CpuUsage.Result cpu, GeneratorCheck.Result generator) {
    }

    /** A rate and how many rounds of {@code blockSize} start-like and completion-like requests it gets. */
    record Plan(int ratePerSecond, int rounds) {
    }

    private final ChildProcess process;
    private final String baseUrl;
    private final double startupSeconds;
    private final LoadClient client = new LoadClient();

    private BareInsert(ChildProcess process, String baseUrl, double startupSeconds) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.startupSeconds = startupSeconds;
    }

    static BareInsert start(Path root, BenchDatabase database, Path logs) {
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
        } catch (RuntimeException failed) {
            process.stop();
            throw failed;
        }
        return new BareInsert(process, baseUrl, (System.nanoTime() - began) / 1e9);
    }

    /**
     * @param processes whose CPU is measured during the ladder, this app added
     * @param checkSeconds how long each generator of the {@link GeneratorCheck} saturates the endpoint, after the ladder
     * @param work where the check writes wrk's script
     */
    Result drive(Live live, List<Plan> plans, int blockSize, java.util.Map<String, Long> processes, double checkSeconds, Path work) {
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
            List<OpenModel.Block> blocks = new ArrayList<>();
            for (int round = 0; round < plan.rounds(); round++) {
                blocks.add(new OpenModel.Block(plan.ratePerSecond(), requests(insert, blockSize, WritesWorkload.START_BODY), null));
                blocks.add(new OpenModel.Block(plan.ratePerSecond(), requests(insert, blockSize, WritesWorkload.COMPLETION_BODY), () -> { }));
            }
            long sentBefore = model.sent();
            live.phase("bare insert: " + plan.ratePerSecond() + " requests/s, " + plan.rounds() + " round(s) of " + blockSize,
                    () -> model.sent() - sentBefore, 2L * plan.rounds() * blockSize, List.of(insert, sendLag));
            model.run(blocks, WritesWorkload.GAP_NANOS);
            live.finishPhase();
            Summary summary = insert.summary();
            boolean keptUp = summary.throughputPerSecond() >= WritesWorkload.KEEPS_UP * plan.ratePerSecond();
            stages.add(new Stage(plan.ratePerSecond(), plan.rounds(), summary, keptUp));
            if (!keptUp) {
                ended = "it could not keep up with " + plan.ratePerSecond() + " requests/s";
                break;
            }
        }
        CpuUsage.Result cpu = usage.stop();
        long began = System.nanoTime();
        live.phase("load generator check: the benchmark's client, then wrk, " + GeneratorCheck.CONNECTIONS + " connections each",
                () -> (System.nanoTime() - began) * 100 / (long) (2 * checkSeconds * 1e9), 100, List.of());
        GeneratorCheck.Result generator = GeneratorCheck.measure(baseUrl + "/inserts", WritesWorkload.START_BODY, checkSeconds, work);
        live.finishPhase();
        return new Result(startupSeconds, stages, ended, cpu, generator);
    }

    /**
     * The services it is compared with have been running (and compiled by the JIT) for a while: so it first
     * serves {@link #WARMUP} of requests from a few clients in a loop, not measured.
     */
    private void warmUp(Live live) {
        long began = System.nanoTime();
        long end = began + WARMUP.toNanos();
        live.phase("bare insert: warming up (not measured)", () -> (System.nanoTime() - began) * 100 / WARMUP.toNanos(), 100, List.of());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    client.post(baseUrl + "/inserts", null, WritesWorkload.START_BODY).join();
                }
            }, "bare-insert-warm-up");
            thread.start();
            clients.add(thread);
        }
        for (Thread thread : clients) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        live.finishPhase();
    }

    private List<OpenModel.Request> requests(Series series, int count, String body) {
        List<OpenModel.Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(new OpenModel.Request(series, () -> client.post(baseUrl + "/inserts", null, body)));
        }
        return requests;
    }

    @Override
    public void close() {
        client.close();
        process.stop();
    }
}
