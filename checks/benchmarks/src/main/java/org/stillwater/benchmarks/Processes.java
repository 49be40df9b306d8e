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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.stillwater.launcher.process.ChildProcess;

/** Processes of this machine as Linux shows them (/proc), and waiting for a child process to answer. */
final class Processes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    /** USER_HZ: the unit of the CPU times in /proc/<pid>/stat on Linux. */
    static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private Processes() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Polls {@code url} every 10 ms until it answers 200; fails if the process exits or {@code patience} runs out. */
    static void awaitHttp200(ChildProcess process, String url, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited with " + process.exitCode().orElse(-1) + " (log: " + process.logFile() + ")");
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(process.name() + " did not answer " + url + " within " + patience.toSeconds() + " s");
            }
            sleep(10);
        }
    }

    /** VmRSS of a process in MB (10^6 bytes), from /proc/<pid>/status (which counts in KiB). */
    static Optional<Double> rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6);
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException gone) {
            return Optional.empty();
        }
    }

    /** CPU seconds (user + system) a process and its living descendants have used, plus its reaped children's. */
    static double cpuSeconds(long pid) {
        List<Long> tree = new ArrayList<>();
        tree.add(pid);
        ProcessHandle.of(pid).ifPresent(handle -> handle.descendants().forEach(child -> tree.add(child.pid())));
        double ticks = 0;
        for (long member : tree) {
            ticks += ticks(member, member == pid);
        }
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * CPU seconds (user + system) of the process alone, its children left out: the benchmark's own JVM, whose children
     * (bare-insert, the measured start-ups, wrk) are not the load generator and are measured on their own.
     */
    static double ownCpuSeconds(long pid) {
        return ticks(pid, false) / CLOCK_TICKS_PER_SECOND;
    }

    /** CPU seconds (user + system) of the children a process has waited for, with their own reaped children's. */
    static double reapedChildrenCpuSeconds(long pid) {
        return (ticks(pid, true) - ticks(pid, false)) / CLOCK_TICKS_PER_SECOND;
    }

    private static double ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces: the fields that follow start after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double ticks = Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]);
            if (withReapedChildren) {
                ticks += Double.parseDouble(fields[13]) + Double.parseDouble(fields[14]);
            }
            return ticks;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Busy and total jiffies of the whole machine, from /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + (cpu.length > 5 ? Long.parseLong(cpu[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }

    static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs jcmd against a JVM of this user and returns what it printed; fails if it could not. */
    static String jcmd(long pid, String... command) {
        return jcmd(Path.of(System.getProperty("java.home"), "bin", "jcmd"), pid, command);
    }

    static String jcmd(Path jcmd, long pid, String... command) {
        List<String> line = new ArrayList<>();
        line.add(jcmd.toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0
                    || output.contains("Could not") || output.contains("Exception")) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("could not run jcmd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
