package org.stillwater.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * JDK Flight Recorder on a running service (jcmd JFR.start with the "profile" settings, JFR.stop at the end of
 * the window) and what its CPU samples say: where the CPU is burned, by library or layer (self time, JDK
 * frames counted for their caller), the share of samples in which each layer is on the stack (inclusive; a
 * sample counts for every layer it passes through), the hottest methods, the Stillwater methods closest to
 * the hot frames, GC pauses and contended monitors.
 */
final class Profiler {

    private static final String RECORDING = "stillwater-bench";
    private static final int TOP = 12;

    /** A name and its share of the CPU samples, in percent. */
    record Share(String name, double percent) {
    }

    record Profile(String service, String window, String file, long samples, List<Share> cpuByLayer, List<Share> layers, List<Share> hottestMethods,
                   List<Share> hottestStillwaterMethods, long gcPauses, double gcPauseMillis, List<Share> contendedMonitorsMillis) {
    }

    /** Layers by package, matched in order (the first prefix that matches a frame names its layer). */
    static final Map<String, String> LAYERS = layers();

    private final long pid;
    private final String service;
    private final Path file;

    private Profiler(long pid, String service, Path file) {
        this.pid = pid;
        this.service = service;
        this.file = file;
    }

    static Profiler start(long pid, String service, Path directory, String window) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = directory.resolve(service + "-" + window.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr").toAbsolutePath();
        Processes.jcmd(pid, "JFR.start", "name=" + RECORDING, "settings=profile", "filename=" + file);
        return new Profiler(pid, service, file);
    }

    Profile stop(String window) {
        Processes.jcmd(pid, "JFR.stop", "name=" + RECORDING, "filename=" + file);
        return summarise(service, window, file);
    }

    static Profile summarise(String service, String window, Path file) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> layers = new HashMap<>();
        Map<String, Long> cpuByLayer = new HashMap<>();
        Map<String, Long> stillwater = new HashMap<>();
        Map<String, Long> monitors = new HashMap<>();
        long samples = 0;
        long gcPauses = 0;
        long gcPauseNanos = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        List<RecordedFrame> frames = stack.getFrames();
                        self.merge(method(frames.get(0)), 1L, Long::sum);
                        Set<String> seen = new LinkedHashSet<>();
                        String firstStillwater = null;
                        for (RecordedFrame frame : frames) {
                            String className = frame.getMethod().getType().getName();
                            seen.add(layer(className));
                            if (firstStillwater == null && className.startsWith("org.stillwater.")) {
                                firstStillwater = method(frame);
                            }
                        }
                        seen.forEach(layer -> layers.merge(layer, 1L, Long::sum));
                        cpuByLayer.merge(burnedIn(frames), 1L, Long::sum);
                        if (firstStillwater != null) {
                            stillwater.merge(firstStillwater, 1L, Long::sum);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        gcPauses++;
                        gcPauseNanos += event.getDuration("sumOfPauses").toNanos();
                    }
                    case "jdk.JavaMonitorEnter" -> {
                        Object monitorClass = event.getValue("monitorClass");
                        String name = monitorClass instanceof jdk.jfr.consumer.RecordedClass recorded ? recorded.getName() : String.valueOf(monitorClass);
                        monitors.merge(name, event.getDuration().toNanos(), Long::sum);
                    }
                    default -> {
                        // other events of the profile settings are not summarised
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + file + ": " + e.getMessage(), e);
        }
        long total = Math.max(1, samples);
        layers.remove("other");
        return new Profile(service, window, file.getFileName().toString(), samples, top(cpuByLayer, total, LAYERS.size() + 1),
                top(layers, total, LAYERS.size()), top(self, total, TOP),
                top(stillwater, total, TOP), gcPauses, gcPauseNanos / 1e6,
                monitors.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                        .map(entry -> new Share(entry.getKey(), entry.getValue() / 1e6)).toList());
    }

    /**
     * Where a sample's CPU is spent: the layer of its top frame, a JDK frame counting for the nearest caller
     * outside the JDK (BigInteger arithmetic under a JWT signature check is the check's).
     */
    static String burnedIn(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String className = frame.getMethod().getType().getName();
            if (!isJdk(className)) {
                return layer(className);
            }
        }
        return "JDK only (e.g. threads parked or spinning, GC-related)";
    }

    static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.") || className.startsWith("sun.")
                || className.startsWith("com.sun.");
    }

    static String layer(String className) {
        for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
            if (className.startsWith(layer.getKey())) {
                return layer.getValue();
            }
        }
        return "other";
    }

    private static List<Share> top(Map<String, Long> counts, long total, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(entry -> new Share(entry.getKey(), 100.0 * entry.getValue() / total))
                .toList();
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " (" + packageOf(type) + ")";
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static Map<String, String> layers() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("org.stillwater.", "Stillwater code");
        layers.put("org.hibernate.validator.", "Hibernate Validator");
        layers.put("org.hibernate.query.sqm.", "Hibernate ORM: HQL → SQL translation");
        layers.put("org.hibernate.sql.ast.", "Hibernate ORM: HQL → SQL translation");
        layers.put("org.hibernate.event.", "Hibernate ORM: flush and dirty checking");
        layers.put("org.hibernate.engine.internal.", "Hibernate ORM: flush and dirty checking");
        layers.put("org.hibernate.", "Hibernate ORM (other)");
        layers.put("io.quarkus.hibernate.", "Hibernate ORM (other)");
        layers.put("org.postgresql.", "PostgreSQL JDBC driver");
        layers.put("io.agroal.", "Agroal connection pool");
        layers.put("com.arjuna.", "Narayana transactions");
        layers.put("io.quarkus.narayana.", "Narayana transactions");
        layers.put("com.networknt.", "JSON Schema validation (networknt)");
        layers.put("com.fasterxml.jackson.", "Jackson JSON");
        layers.put("org.jose4j.", "OIDC / JWT verification");
        layers.put("io.smallrye.jwt.", "OIDC / JWT verification");
        layers.put("io.quarkus.oidc.", "OIDC / JWT verification");
        layers.put("io.quarkus.security.", "Quarkus security");
        layers.put("org.apache.kafka.", "Kafka client");
        layers.put("io.smallrye.reactive.messaging.", "SmallRye Reactive Messaging");
        layers.put("org.jboss.resteasy.reactive.", "Quarkus REST");
        layers.put("io.quarkus.resteasy.reactive.", "Quarkus REST");
        layers.put("io.vertx.", "Vert.x / Netty (HTTP, event loop)");
        layers.put("io.netty.", "Vert.x / Netty (HTTP, event loop)");
        layers.put("io.micrometer.", "Micrometer");
        layers.put("org.jboss.logmanager.", "Logging");
        layers.put("org.jboss.logging.", "Logging");
        layers.put("io.smallrye.faulttolerance.", "SmallRye Fault Tolerance");
        layers.put("io.quarkus.arc.", "CDI (ArC)");
        layers.put("io.quarkus.vertx.", "Vert.x / Netty (HTTP, event loop)");
        layers.put("org.jboss.threads.", "worker threads (jboss-threads)");
        layers.put("io.smallrye.mutiny.", "Mutiny / context propagation");
        layers.put("io.smallrye.context.", "Mutiny / context propagation");
        layers.put("io.quarkus.", "Quarkus (other)");
        layers.put("io.smallrye.", "SmallRye (other)");
        layers.put("java.util.regex.", "JDK regex");
        layers.put("sun.security.", "JDK crypto (signatures)");
        layers.put("java.security.", "JDK crypto (signatures)");
        layers.put("sun.nio.", "JDK I/O");
        layers.put("java.net.", "JDK I/O");
        return layers;
    }
}
