package org.stillwater.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.launcher.process.ChildProcess;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.service.ServiceJava.JavaInstallation;

/**
 * Start-up and memory of each service: one extra instance of its packaged jar, configured as the launcher
 * configures the running platform's (dev profile, the same database, broker and realm, the same Java and JVM
 * options unless STILLWATER_SERVICE_JAVA_HOME or --startup-java-options say otherwise) on a free port. Timed from launch to the first 200 of /q/health/ready; then a short warm-up of
 * authenticated reads (100, or 3 s), a second's pause, VmRSS from /proc and the JVM's heap and metaspace; then the
 * instance is stopped (its whole process tree), and how long its graceful stop took is reported too.
 * While it runs it is a second instance of the service: it joins the service's consumer group, as a scaled-out
 * instance would.
 */
final class ServiceStartup {

    static final int WARMUP_REQUESTS = 100;
    static final Duration WARMUP_AT_MOST = Duration.ofSeconds(3);
    static final Duration IDLE_BEFORE_RSS = Duration.ofSeconds(1);
    private static final java.util.concurrent.Executor STOPPER = runnable -> {
        Thread thread = new Thread(runnable, "bench-stop-instance");
        thread.setDaemon(true);
        thread.start();
    };
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    /**
     * One service: launch to first successful answer, the CPU its JVM used until then (what the start costs, which on
     * a shared machine the wall-clock time does not show: other processes' load only stretches it), Quarkus' own
     * start-up time from its log, RSS after warm-up.
     */
    record Result(String service, double secondsToReady, double cpuSecondsToReady, Double quarkusStartedInSeconds, Double rssMegabytes,
                  Map<Integer, Integer> warmupStatuses, Memory memory, double secondsToStop) {
    }

    /** What the JVM says of its memory at the same moment (jcmd GC.heap_info), in MB: the heap and the metaspace. */
    record Memory(Double heapCommitted, Double heapUsed, Double metaspaceCommitted) {

        /** G1's one line ("garbage-first heap total …"), or the serial collector's two generations (DefNew, Tenured), summed. */
        private static final Pattern HEAP = Pattern.compile("(?:heap|DefNew|Tenured)\\s+total (\\d+)K, used (\\d+)K");
        private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K");

        static Memory parse(String heapInfo) {
            Matcher heap = HEAP.matcher(heapInfo);
            Matcher metaspace = METASPACE.matcher(heapInfo);
            boolean hasHeap = false;
            long committed = 0;
            long used = 0;
            while (heap.find()) {
                hasHeap = true;
                committed += Long.parseLong(heap.group(1));
                used += Long.parseLong(heap.group(2));
            }
            boolean hasMetaspace = metaspace.find();
            return new Memory(hasHeap ? megabytes(Long.toString(committed)) : null, hasHeap ? megabytes(Long.toString(used)) : null,
                    hasMetaspace ? megabytes(metaspace.group(2)) : null);
        }

        private static double megabytes(String kibibytes) {
            return Long.parseLong(kibibytes) * 1024 / 1e6;
        }
    }

    private ServiceStartup() {
    }

    /**
     * Launches, times and measures one instance, then stops it gracefully without waiting: the stop (which
     * for a service with Kafka consumers waits for its consumer group to rebalance, several seconds mostly
     * idle) overlaps the next instance's launch. The result, with how long the stop took, comes once it is over.
     */
    static CompletableFuture<Result> measure(Path root, String service, JavaInstallation java, String javaOptions, Endpoints endpoints, Tokens tokens,
                                             UUID knownPatient, Path logs) {
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(service + "-service is not built (" + jar + ")");
        }
        int port = Ports.free();
        String instance = service + "-service-bench";
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "dev");
        environment.put("QUARKUS_HTTP_HOST", Ports.LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + Bench.POSTGRES_HOST + ":" + Bench.POSTGRES_PORT + "/" + service);
        environment.put("QUARKUS_DATASOURCE_USERNAME", service);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", service);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", endpoints.realm());
        Path log = logs.resolve(instance + ".log");
        String baseUrl = "http://" + Ports.LOOPBACK + ":" + port;
        long launched = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(java.executable().toString()));
        for (String option : javaOptions.replace("{service}", service).split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-Dstillwater.process=" + instance, "-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(instance, command, environment, root, log, logs.resolve("run"));
        double secondsToReady;
        double cpuToReady;
        Map<Integer, Integer> statuses;
        Double rss;
        Memory memory;
        try {
            Processes.awaitHttp200(process, baseUrl + "/q/health/ready", Duration.ofMinutes(2));
            secondsToReady = (System.nanoTime() - launched) / 1e9;
            cpuToReady = Processes.cpuSeconds(process.pid());
            statuses = warmUp(baseUrl + warmupPath(service, knownPatient), tokens.acme());
            Processes.sleep(IDLE_BEFORE_RSS.toMillis());
            rss = Processes.rssMegabytes(process.pid()).orElse(null);
            // the instance's own JDK's jcmd: a JDK 17 jcmd cannot attach to a JDK 25 JVM
            memory = Memory.parse(Processes.jcmd(java.home().resolve("bin").resolve("jcmd"), process.pid(), "GC.heap_info"));
        } catch (RuntimeException failed) {
            process.stop();
            throw failed;
        }
        Double startedIn = quarkusStartedIn(log);
        long stopping = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> {
            process.stop();
            return new Result(service, secondsToReady, cpuToReady, startedIn, rss, statuses, memory, (System.nanoTime() - stopping) / 1e9);
        }, STOPPER);
    }

    /** A read of the patient in each service: token check, the patient's access rules, the database, the audit row. */
    private static String warmupPath(String service, UUID patient) {
        return switch (service) {
            case "intake" -> "/api/v1/patients/" + patient;
            case "prescription" -> "/api/v1/patients/" + patient + "/prescriptions";
            case "session" -> "/api/v1/patients/" + patient + "/dosing-status";
            case "checkin" -> "/api/v1/patients/" + patient + "/checkins";
            case "webhook" -> "/api/v1/webhook-subscriptions";
            default -> throw new IllegalArgumentException(service);
        };
    }

    private static Map<Integer, Integer> warmUp(String url, String token) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        long end = System.nanoTime() + WARMUP_AT_MOST.toNanos();
        for (int i = 0; i < WARMUP_REQUESTS && System.nanoTime() < end; i++) {
            try {
                statuses.merge(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), 1, Integer::sum);
            } catch (IOException failed) {
                statuses.merge(0, 1, Integer::sum);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return statuses;
    }

    private static Double quarkusStartedIn(Path log) {
        try {
            Matcher matcher = STARTED_IN.matcher(Files.readString(log));
            Double last = null;
            while (matcher.find()) {
                last = Double.parseDouble(matcher.group(1));
            }
            return last;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
