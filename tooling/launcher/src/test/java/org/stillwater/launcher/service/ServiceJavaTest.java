package org.stillwater.launcher.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stillwater.launcher.service.ServiceJava.JavaInstallation;

/** Which JDK runs the services: the installations found in, the choice and its JVM options out. */
class ServiceJavaTest {

    private static final JavaInstallation DEBIAN_17 = jdk("/usr/lib/jvm/java-17-openjdk-amd64", 17, "17.0.15");
    private static final JavaInstallation TEMURIN_21 = jdk("/usr/lib/jvm/temurin-21-jdk-amd64", 21, "21.0.7");
    private static final JavaInstallation TEMURIN_25 = jdk("/usr/lib/jvm/temurin-25-jdk-amd64", 25, "25.0.3");
    private static final JavaInstallation OPENJDK_26 = jdk("/opt/java/jdk-26", 26, "26");

    @Test
    void prefersAnInstalledJdk25OverTheJdk17RunningTheLauncher() {
        assertEquals(TEMURIN_25, ServiceJava.choose(Optional.empty(), List.of(DEBIAN_17, TEMURIN_25), DEBIAN_17).java());
    }

    @Test
    void takesTheNewestOfSeveralJdksFrom25On() {
        assertEquals(OPENJDK_26, ServiceJava.choose(Optional.empty(), List.of(TEMURIN_25, OPENJDK_26, DEBIAN_17), DEBIAN_17).java());
    }

    @Test
    void fallsBackToTheJdkRunningTheLauncherWhenNoneIs25OrNewer() {
        assertEquals(DEBIAN_17, ServiceJava.choose(Optional.empty(), List.of(DEBIAN_17, TEMURIN_21), DEBIAN_17).java());
    }

    @Test
    void keepsTheJdkRunningTheLauncherWhenItIsItself25OrNewer() {
        assertEquals(TEMURIN_25, ServiceJava.choose(Optional.empty(), List.of(), TEMURIN_25).java());
    }

    @Test
    void theOverrideWinsEvenOverANewerJdk() {
        ServiceJava choice = ServiceJava.choose(Optional.of(DEBIAN_17), List.of(TEMURIN_25, OPENJDK_26), TEMURIN_25);
        assertEquals(DEBIAN_17, choice.java());
        assertTrue(choice.reason().contains(ServiceJava.OVERRIDE_VARIABLE));
    }

    @Test
    void aJdk25GetsCompactObjectHeadersAndTheSerialCollector() {
        List<String> options = ServiceJava.choose(Optional.empty(), List.of(TEMURIN_25), DEBIAN_17).options();
        assertTrue(options.containsAll(List.of("-XX:+UseCompactObjectHeaders", "-XX:+UseSerialGC")), options.toString());
    }

    @Test
    void aJdkOlderThan25NeverGetsAnOptionOnly25Knows() {
        for (JavaInstallation older : List.of(DEBIAN_17, TEMURIN_21, jdk("/opt/java/unknown", 0, ""))) {
            List<String> options = ServiceJava.choose(Optional.of(older), List.of(), DEBIAN_17).options();
            assertFalse(options.contains("-XX:+UseCompactObjectHeaders"), older + ": " + options);
            assertEquals(List.of("-Xms64m", "-Xmx256m"), options);
        }
    }

    @Test
    void saysWhichJavaTheServicesRunOnAndWhy() {
        String line = ServiceJava.choose(Optional.empty(), List.of(DEBIAN_17, TEMURIN_25), DEBIAN_17).describe();
        assertTrue(line.contains("Java 25.0.3 (/usr/lib/jvm/temurin-25-jdk-amd64)"), line);
        assertTrue(line.contains("the newest JDK 25+ found"), line);
    }

    private static JavaInstallation jdk(String home, int feature, String version) {
        return new JavaInstallation(Path.of(home), feature, version);
    }
}
