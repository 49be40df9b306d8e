package org.stillwater.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the checkout (binaries, realm, service jars) and one working folder for data, logs
 * and pid files ({@code .stillwater/} for the run command, a folder under {@code target/} for tests).
 */
public record PlatformLayout(Path root, Path workDirectory) {

    public static final String ROOT_PROPERTY = "stillwater.root";

    /** The run command's layout: data kept across restarts in the git-ignored {@code .stillwater/} folder. */
    public static PlatformLayout forRunCommand() {
        Path root = checkoutRoot();
        return new PlatformLayout(root, root.resolve(".stillwater"));
    }

    /** The checkout: {@code -Dstillwater.root}, {@code STILLWATER_ROOT}, or the nearest folder up holding the parent pom. */
    public static Path checkoutRoot() {
        String configured = System.getProperty(ROOT_PROPERTY, System.getenv("STILLWATER_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("tooling/platform-binaries").resolve("pom.xml")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Stillwater checkout; set STILLWATER_ROOT");
    }

    public Path kafkaLibs() {
        return root.resolve("tooling/platform-binaries").resolve("target").resolve("kafka-libs");
    }

    public Path keycloakDistributionZip() {
        return root.resolve("tooling/platform-binaries").resolve("target").resolve("keycloak-quarkus-dist.zip");
    }

    public Path realmFile() {
        return root.resolve("deploy").resolve("keycloak").resolve("stillwater-realm.json");
    }

    /** Shared by every run and test on this checkout: the unpacked, dev-mode-ready Keycloak distribution. */
    public Path cache() {
        return root.resolve(".stillwater").resolve("cache");
    }

    public Path data(String component) {
        return workDirectory.resolve("data").resolve(component);
    }

    public Path keycloakHome() {
        return workDirectory.resolve("keycloak");
    }

    public Path logs() {
        return workDirectory.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path run() {
        return workDirectory.resolve("run");
    }

    public Path serviceJar(String service) {
        return root.resolve(service + "-service").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
