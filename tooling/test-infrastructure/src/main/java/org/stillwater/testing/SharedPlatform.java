package org.stillwater.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.stillwater.launcher.InfrastructurePorts;
import org.stillwater.launcher.Platform;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.Progress;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.launcher.service.ServiceName;

/**
 * The whole platform as the run command starts it (the launcher: PostgreSQL, Kafka, Keycloak and the five
 * packaged services as processes), once per test JVM, on free ports in a folder under {@code target/}.
 */
public final class SharedPlatform {

    private static Platform platform;
    private static PlatformLayout layout;
    private static Tokens tokens;
    private static SpanCollector spans;

    private SharedPlatform() {
    }

    public static synchronized Platform get() {
        if (platform == null) {
            layout = new PlatformLayout(PlatformLayout.checkoutRoot(), Path.of("target", "platform-" + UUID.randomUUID()).toAbsolutePath());
            long started = System.nanoTime();
            spans = SpanCollector.start();
            try (Progress progress = new Progress(System.out)) {
                platform = Platform.start(layout, InfrastructurePorts.free(), Platform.freeServicePorts(),
                        EnumSet.allOf(ServiceName.class), tracingTo(spans), progress);
            }
            System.out.printf("[stillwater] platform up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            tokens = new Tokens(platform.infrastructure().realmUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPlatform::shutdown, "stillwater-test-platform"));
        }
        return platform;
    }

    /** The spans every service of this platform exported, for tests that follow a trace across services. */
    public static SpanCollector spans() {
        get();
        return spans;
    }

    /** Tracing on (it is off by default locally), exported at once to the collector of this JVM. */
    private static Map<String, String> tracingTo(SpanCollector collector) {
        return Map.of(
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", collector.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.2S");
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
        spans.close();
        try (var files = Files.walk(layout.workDirectory())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + layout.workDirectory() + ": " + e.getMessage());
        }
    }
}
