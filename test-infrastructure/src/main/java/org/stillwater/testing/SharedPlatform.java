package org.stillwater.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.UUID;
import org.stillwater.launcher.InfrastructurePorts;
import org.stillwater.launcher.Platform;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.Progress;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.launcher.service.ServiceName;

/**
 * The whole platform as the run command starts it (the launcher: PostgreSQL, Kafka, Keycloak and the four
 * packaged services as processes), once per test JVM, on free ports in a folder under {@code target/}.
 */
public final class SharedPlatform {

    private static Platform platform;
    private static PlatformLayout layout;
    private static Tokens tokens;

    private SharedPlatform() {
    }

    public static synchronized Platform get() {
        if (platform == null) {
            layout = new PlatformLayout(PlatformLayout.checkoutRoot(), Path.of("target", "platform-" + UUID.randomUUID()).toAbsolutePath());
            long started = System.nanoTime();
            try (Progress progress = new Progress(System.out)) {
                platform = Platform.start(layout, InfrastructurePorts.free(), Platform.freeServicePorts(),
                        EnumSet.allOf(ServiceName.class), progress);
            }
            System.out.printf("[stillwater] platform up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            tokens = new Tokens(platform.infrastructure().realmUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPlatform::shutdown, "stillwater-test-platform"));
        }
        return platform;
    }

    public static Tokens tokens() {
        get();
        return tokens;
    }

    public static String url(ServiceName service) {
        return get().service(service).baseUrl();
    }

    public static PlatformLayout layout() {
        get();
        return layout;
    }

    private static void shutdown() {
        platform.close();
        try (var files = Files.walk(layout.workDirectory())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + layout.workDirectory() + ": " + e.getMessage());
        }
    }
}
