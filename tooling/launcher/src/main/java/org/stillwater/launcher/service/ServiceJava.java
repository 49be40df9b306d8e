package org.stillwater.launcher.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which JDK runs the services, and with which JVM options. A rule with no I/O: the installations found on the machine
 * come in, the choice comes out ({@link JavaInstallations} does the looking).
 * <p>
 * The services are built at Java 17 bytecode, so any JDK from 17 on runs them; JDK 25 starts them faster and in less
 * memory (compact object headers, the options below), so the newest JDK of at least 25 found is preferred, then the
 * JDK running the launcher. {@code STILLWATER_SERVICE_JAVA_HOME} overrides both.
 */
public record ServiceJava(JavaInstallation java, String reason) {

    /** The JDK from which the services get the start-up and memory options below. */
    public static final int PREFERRED_FEATURE = 25;
    public static final String OVERRIDE_VARIABLE = "STILLWATER_SERVICE_JAVA_HOME";

    /**
     * The heap of every service on any JDK. 256 MB is far above what a service holds (30–55 MB used after
     * warm-up); it only bounds a runaway.
     */
    static final List<String> HEAP = List.of("-Xms64m", "-Xmx256m");

    /**
     * What pays on JDK 25 (measured with ./stillwater bench startup, docs/performance.md): 8-byte object headers
     * (JEP 519, a product flag from JDK 25), the serial collector for a small heap on two cores (no G1 remembered
     * sets and concurrent threads, a heap that is given back), and a smaller initial heap the serial collector
     * grows as needed. Never passed to an older JDK, which refuses -XX:+UseCompactObjectHeaders and does not start.
     */
    static final List<String> JDK_25 = List.of("-XX:+UseCompactObjectHeaders", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m");

    /** One JDK on the machine: its home and its feature release (17, 21, 25…; 0 when its version is unknown). */
    public record JavaInstallation(Path home, int feature, String version) {

        public Path executable() {
            return home.resolve("bin").resolve("java");
        }

        @Override
        public String toString() {
            return "Java " + (version.isEmpty() ? "of unknown version" : version) + " (" + home + ")";
        }
    }

    /**
     * @param override  the JDK {@code STILLWATER_SERVICE_JAVA_HOME} names, if set
     * @param installed the JDKs found in the usual places
     * @param running   the JDK running the launcher
     */
    public static ServiceJava choose(Optional<JavaInstallation> override, List<JavaInstallation> installed, JavaInstallation running) {
        if (override.isPresent()) {
            return new ServiceJava(override.get(), "set by " + OVERRIDE_VARIABLE);
        }
        List<JavaInstallation> candidates = new ArrayList<>(installed);
        candidates.add(running);
        return candidates.stream()
                .filter(java -> java.feature() >= PREFERRED_FEATURE)
                .max(Comparator.comparingInt(JavaInstallation::feature))
                .map(java -> new ServiceJava(java, "the newest JDK " + PREFERRED_FEATURE + "+ found; " + OVERRIDE_VARIABLE + " overrides"))
                .orElseGet(() -> new ServiceJava(running, "the JDK running the launcher: no JDK " + PREFERRED_FEATURE
                        + "+ found; " + OVERRIDE_VARIABLE + " overrides"));
    }

    /** The JVM options for the chosen JDK: only options it knows. */
    public List<String> options() {
        return java.feature() >= PREFERRED_FEATURE ? JDK_25 : HEAP;
    }

    /** One line for people: which Java the services run on, with which options, and why that one. */
    public String describe() {
        return "Services run on " + java + " with " + String.join(" ", options()) + ": " + reason;
    }
}
