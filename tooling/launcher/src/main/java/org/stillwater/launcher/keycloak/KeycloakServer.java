package org.stillwater.launcher.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.stillwater.launcher.process.ChildProcess;
import org.stillwater.launcher.process.Http;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.process.Waiting;

/**
 * Keycloak from the official distribution ({@code bin/kc.sh start-dev}) with the {@code stillwater} realm
 * imported from deploy/keycloak. The distribution is unpacked once into a cache and prepared for dev mode
 * there; each server runs from its own copy, because Keycloak keeps its database and import folder inside
 * its home directory.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "stillwater";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Path distributionZip;
    private final Path cacheDirectory;
    private final Path home;
    private final Path realmFile;
    private final Path logFile;
    private final Path runDirectory;
    private final int port;
    private ChildProcess process;

    public KeycloakServer(Path distributionZip, Path cacheDirectory, Path home, Path realmFile,
                          Path logFile, Path runDirectory, int port) {
        this.distributionZip = distributionZip;
        this.cacheDirectory = cacheDirectory;
        this.home = home;
        this.realmFile = realmFile;
        this.logFile = logFile;
        this.runDirectory = runDirectory;
        this.port = port;
    }

    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    /** The issuer the services validate tokens against. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public void start() {
        Path distribution = preparedDistribution();
        installInstance(distribution);
        process = startDev(home, port, true, logFile, "keycloak");
        Waiting.until("Keycloak on port " + port, STARTUP, process,
                () -> Http.answers200(realmUrl() + "/.well-known/openid-configuration"));
    }

    public void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * The cached distribution, unpacked and built for dev mode (the first start-dev re-augments the server,
     * about 20 s; copies of a prepared distribution skip it). A file lock keeps concurrent builds apart.
     */
    private Path preparedDistribution() {
        if (!Files.exists(distributionZip)) {
            throw new IllegalStateException("The Keycloak distribution is missing at " + distributionZip
                    + ". Build it with: ./mvnw -pl tooling/platform-binaries package");
        }
        try {
            Files.createDirectories(cacheDirectory);
            Path distribution = cacheDirectory.resolve("keycloak-" + digest(distributionZip).substring(0, 12));
            Path prepared = distribution.resolve(".stillwater-prepared");
            try (FileChannel channel = FileChannel.open(cacheDirectory.resolve("keycloak.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(prepared)) {
                    deleteTree(distribution);
                    unzip(distributionZip, distribution);
                    prepareForDevMode(distribution);
                    Files.writeString(prepared, "start-dev augmentation done\n");
                }
            }
            return distribution;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepareForDevMode(Path distribution) throws IOException {
        int scratchPort = Ports.free();
        ChildProcess preparing = startDev(distribution, scratchPort, false,
                logFile.resolveSibling("keycloak-prepare.log"), "keycloak-prepare");
        try {
            Waiting.until("Keycloak (first start, preparing dev mode)", STARTUP, preparing,
                    () -> Http.answers200("http://" + Ports.LOOPBACK + ":" + scratchPort + "/realms/master"));
        } finally {
            preparing.stop();
        }
        deleteTree(distribution.resolve("data"));
    }

    /** The instance is a copy of the distribution; a changed realm file replaces the imported realm. */
    private void installInstance(Path distribution) {
        try {
            String marker = distribution.getFileName().toString();
            Path installedFrom = home.resolve(".stillwater-distribution");
            if (!Files.exists(installedFrom) || !Files.readString(installedFrom).equals(marker)) {
                deleteTree(home);
                copyTree(distribution, home);
                Files.writeString(installedFrom, marker);
            }
            String realmDigest = digest(realmFile);
            Path importedRealm = home.resolve(".stillwater-realm.sha256");
            if (Files.exists(importedRealm) && !Files.readString(importedRealm).equals(realmDigest)) {
                // --import-realm skips a realm that already exists: start from an empty Keycloak database instead.
                deleteTree(home.resolve("data").resolve("h2"));
            }
            Path importDirectory = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(realmFile, importDirectory.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(importedRealm, realmDigest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChildProcess startDev(Path keycloakHome, int httpPort, boolean importRealm, Path log, String name) {
        List<String> command = new java.util.ArrayList<>(List.of(
                "/bin/bash", keycloakHome.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=" + Ports.LOOPBACK, "--http-port=" + httpPort));
        if (importRealm) {
            command.add("--import-realm");
        }
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_APPEND", "-Dstillwater.process=" + name);
        return ChildProcess.start(name, command, environment, keycloakHome, log, runDirectory);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path staging = Files.createTempDirectory(target.getParent(), "unpacking-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (var top = Files.list(staging)) {
            Path root = top.findFirst().orElseThrow(() -> new IOException("empty Keycloak distribution"));
            Files.move(root, target);
        }
        deleteTree(staging);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
