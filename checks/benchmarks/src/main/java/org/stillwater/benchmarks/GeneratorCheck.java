package org.stillwater.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Is the load generator the bottleneck? The same bare-insert endpoint is saturated twice, for the same seconds
 * with the same number of connections each kept busy (a closed loop: a connection sends its next request as soon
 * as its answer is in): first by the benchmark's own client ({@link LoadClient}, as the ladders use it), then by
 * wrk (Debian's package {@code wrk}), an external tool written for exactly this. {@link Targets} judges bare-insert's
 * figure in the benchmark (its ladder's, which the ratio targets use) against wrk's, as issue 17 words it; the
 * client's closed-loop figure beside it tells the client's own cost from the ladder's fixed rates.
 * wrk is looked for on the PATH; where it is missing the check says so and measures only the client.
 */
final class GeneratorCheck {

    /** wrk's threads: one per core of this machine's two, as its own documentation suggests (see {@link #wrkThreads}). */
    static final int WRK_THREADS = 2;
    /** bare-insert's figure in the benchmark must reach at least this share of wrk's throughput (within 2×). */
    static final double WITHIN = 0.5;
    /** The one Idempotency-Key of wrk's requests (bare-insert reads none; a script cannot easily make one per request). */
    static final String WRK_IDEMPOTENCY_KEY = "9b2f4c1e-0d6a-4f3b-8e57-2a1c3d4e5f60";
    /** How wrk's Lua {@code done} hook marks its one line of figures (see {@link #SCRIPT}). */
    static final String WRK_FIGURES = "stillwater-wrk-figures";

    /**
     * wrk's request (the benchmark's session-start body and headers, as the ladders send them: bare-insert reads
     * neither the key nor a token) and, when it is done, one line of its
     * figures: requests, duration (µs), connect/read/write/status/timeout errors, latency p50 and p99 (µs).
     */
    private static final String SCRIPT = """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Idempotency-Key"] = "%s"
            wrk.body = [[%s]]
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("%s %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
                e.connect, e.read, e.write, e.status, e.timeout, latency:percentile(50), latency:percentile(99)))
            end
            """;

    /** One generator's saturation: 2xx answers per second, errors (refused, failed or not 2xx), latency, its own CPU. */
    record Saturation(String generator, long answers, long errors, double seconds, double perSecond, double p50Millis, double p99Millis,
                      Double generatorCores) {
    }

    /**
     * Both saturations, the benchmark's client's share of wrk's throughput, or why wrk was not run ({@code wrk} null).
     */
    record Result(int connections, Saturation client, Saturation wrk, String wrkVersion, String wrkNotRun) {

        /** The client's throughput over wrk's; empty when wrk was not run or answered nothing. */
        Optional<Double> share() {
            return wrk == null || wrk.perSecond() <= 0 ? Optional.empty() : Optional.of(client.perSecond() / wrk.perSecond());
        }
    }

    private GeneratorCheck() {
    }

    /**
     * Saturates {@code url} with the client, then with wrk (looked for on the PATH), {@code seconds} each.
     *
     * @param connections each generator keeps this many busy: the ladders' (their client's bound)
     */
    static Result measure(String url, String body, double seconds, Path work, int connections) {
        return measure(url, body, seconds, work, connections, onPath("wrk"));
    }

    /** As {@link #measure(String, String, double, Path, int)}, with the given wrk, or the client alone when it is empty. */
    static Result measure(String url, String body, double seconds, Path work, int connections, Optional<Path> wrk) {
        Saturation client = client(url, body, seconds, connections);
        if (wrk.isEmpty()) {
            return new Result(connections, client, null, null, "wrk is not installed (Debian: apt-get install wrk)");
        }
        try {
            return new Result(connections, client, wrk(wrk.get(), url, body, seconds, work, connections), version(wrk.get()), null);
        } catch (RuntimeException failed) {
            // the ladder's figures and the client's stand without wrk's
            return new Result(connections, client, null, null, ("wrk failed: " + failed.getMessage()).replaceAll("\\s+", " "));
        }
    }

    private static Saturation client(String url, String body, double seconds, int connections) {
        try (LoadClient client = new LoadClient(connections)) {
            return closedLoop(client, url, body, seconds);
        }
    }

    private static Saturation closedLoop(LoadClient client, String url, String body, double seconds) {
        Histogram micros = new Histogram(1, TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        double cpuBefore = Processes.ownCpuSeconds(ProcessHandle.current().pid());
        long began = System.nanoTime();
        client.closedLoop(url, body, client.connections(), began + (long) (seconds * 1e9), (sent, answer, failure) -> {
            if (failure == null && answer.statusCode() / 100 == 2) {
                micros.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
            } else {
                errors.incrementAndGet();
            }
        });
        double elapsed = (System.nanoTime() - began) / 1e9;
        double cores = (Processes.ownCpuSeconds(ProcessHandle.current().pid()) - cpuBefore) / elapsed;
        return saturation("the benchmark's client (Vert.x)", micros.getTotalCount(), errors.get(), elapsed,
                micros.getValueAtPercentile(50), micros.getValueAtPercentile(99), cores);
    }

    /**
     * wrk gives each thread connections ÷ threads connections, rounded down, and refuses more threads than connections:
     * so {@link #WRK_THREADS} when they divide the connections evenly, else one thread, and wrk keeps exactly as many
     * connections busy as the client.
     */
    static int wrkThreads(int connections) {
        return connections % WRK_THREADS == 0 ? WRK_THREADS : 1;
    }

    private static Saturation wrk(Path wrk, String url, String body, double seconds, Path work, int connections) {
        if (body.contains("]]")) {
            throw new IllegalArgumentException("the body cannot be written as a Lua long string: " + body);
        }
        Process process = null;
        try {
            Files.createDirectories(work);
            Path script = work.resolve("generator-check.lua");
            Path output = work.resolve("generator-check-wrk.txt");
            Files.writeString(script, SCRIPT.formatted(WRK_IDEMPOTENCY_KEY, body, WRK_FIGURES), StandardCharsets.UTF_8);
            long wholeSeconds = Math.max(1, Math.round(seconds));
            long self = ProcessHandle.current().pid();
            // wrk's CPU: what this JVM's reaped children gained while it ran (wrk is the only child reaped meanwhile)
            double reapedBefore = Processes.reapedChildrenCpuSeconds(self);
            long began = System.nanoTime();
            process = new ProcessBuilder(wrk.toString(), "-t" + wrkThreads(connections), "-c" + connections, "-d" + wholeSeconds + "s",
                    "--timeout", LoadClient.TIMEOUT.toSeconds() + "s", "-s", script.toString(), url)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(wholeSeconds + 30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("wrk did not end within " + (wholeSeconds + 30) + " s");
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            double reapedAfter = Processes.reapedChildrenCpuSeconds(self);
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("wrk exited with " + process.exitValue() + ": " + printed.strip());
            }
            return parse(printed, Math.max(0, reapedAfter - reapedBefore) / elapsed);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * wrk's figures from its output: the line the script's {@code done} hook wrote. Every error kind wrk counts
     * (connect, read, write, non-2xx/3xx status, timeout) is an error; its request count includes the last two only.
     * wrk counts a 3xx as an answer (bare-insert answers 201); its latency percentiles are its own, corrected for
     * coordinated omission, the client's are not.
     *
     * @throws IllegalStateException when the line is missing or malformed
     */
    static Saturation parse(String output, Double generatorCores) {
        String line = output.lines().filter(candidate -> candidate.startsWith(WRK_FIGURES + " ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no figures: " + output.strip()));
        String[] fields = line.substring(WRK_FIGURES.length() + 1).trim().split("\\s+");
        if (fields.length != 9) {
            throw new IllegalStateException("wrk's figures are not what the script writes: " + line);
        }
        long[] values = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            try {
                values[i] = Long.parseLong(fields[i]);
            } catch (NumberFormatException notANumber) {
                throw new IllegalStateException("wrk's figures are not what the script writes: " + line, notANumber);
            }
        }
        // wrk's request count holds the answers with a non-2xx/3xx status and the timeouts, not the connect, read or write errors
        long errors = values[2] + values[3] + values[4] + values[5] + values[6];
        return saturation("wrk", Math.max(0, values[0] - values[5] - values[6]), errors, values[1] / 1e6, values[7], values[8], generatorCores);
    }

    private static Saturation saturation(String generator, long answers, long errors, double seconds, long p50Micros, long p99Micros,
                                         Double cores) {
        return new Saturation(generator, answers, errors, seconds, seconds > 0 ? answers / seconds : 0, p50Micros / 1000.0, p99Micros / 1000.0, cores);
    }

    private static String version(Path wrk) {
        try {
            Process process = new ProcessBuilder(wrk.toString(), "--version").redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("wrk");
            process.waitFor(5, TimeUnit.SECONDS);
            return first.replaceAll("\\s*Copyright.*", "").strip();
        } catch (IOException e) {
            return "wrk (version not read: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk";
        }
    }

    static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
