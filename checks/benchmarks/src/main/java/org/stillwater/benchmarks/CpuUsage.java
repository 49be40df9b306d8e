package org.stillwater.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU went during a window: cores used by each part of the platform (its services,
 * Kafka, Keycloak, PostgreSQL with its backends), by this benchmark's own JVM and by everything else on the
 * machine (other builds and tests), from /proc. On 2 cores, 2.0 is everything.
 */
final class CpuUsage {

    /** Cores used on average over the window, per part, and by the whole machine. */
    record Result(double seconds, int machineCores, double machineBusyCores, Map<String, Double> coresByPart, double otherCores) {
    }

    private final Map<String, Long> parts;
    private final Map<String, Double> startCpu = new LinkedHashMap<>();
    private final long[] startMachine;
    private final long startNanos;

    private CpuUsage(Map<String, Long> parts) {
        this.parts = parts;
        parts.forEach((name, pid) -> startCpu.put(name, cpuSeconds(pid)));
        this.startMachine = Processes.machineTicks();
        this.startNanos = System.nanoTime();
    }

    static CpuUsage start(Map<String, Long> parts) {
        return new CpuUsage(parts);
    }

    Result stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long[] machine = Processes.machineTicks();
        int cores = Runtime.getRuntime().availableProcessors();
        double busyFraction = machine[1] > startMachine[1]
                ? (machine[0] - startMachine[0]) / (double) (machine[1] - startMachine[1]) : 0;
        Map<String, Double> used = new LinkedHashMap<>();
        double ours = 0;
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            double cores1 = Math.max(0, cpuSeconds(part.getValue()) - startCpu.get(part.getKey())) / seconds;
            used.put(part.getKey(), cores1);
            ours += cores1;
        }
        double busy = busyFraction * cores;
        return new Result(seconds, cores, busy, used, Math.max(0, busy - ours));
    }

    /** A part's process with its descendants (PostgreSQL's backends), but this JVM alone: its children are parts of their own. */
    private static double cpuSeconds(long pid) {
        return pid == ProcessHandle.current().pid() ? Processes.ownCpuSeconds(pid) : Processes.cpuSeconds(pid);
    }

    /** The running platform's processes, from the launcher's pid files, and this JVM. */
    static Map<String, Long> platform(Path workDirectory) {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String name : new String[] {"intake-service", "prescription-service", "session-service", "checkin-service", "webhook-service", "kafka", "keycloak"}) {
            pidFile(workDirectory.resolve("run").resolve(name + ".pid")).ifPresent(pid -> parts.put(name, pid));
        }
        pidFile(workDirectory.resolve("data").resolve("postgres").resolve("postmaster.pid")).ifPresent(pid -> parts.put("postgresql", pid));
        parts.put("benchmark (this JVM)", ProcessHandle.current().pid());
        return parts;
    }

    static Optional<Long> pidFile(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException absent) {
            return Optional.empty();
        }
    }
}
