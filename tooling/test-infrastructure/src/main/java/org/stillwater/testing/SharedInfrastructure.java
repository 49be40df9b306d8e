package org.stillwater.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import org.stillwater.launcher.Infrastructure;
import org.stillwater.launcher.InfrastructurePorts;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.Progress;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * The launcher's PostgreSQL, Kafka and Keycloak, started once per test JVM on free ports in a throw-away
 * folder under {@code target/}, and stopped (folder deleted) when the JVM exits.
 */
public final class SharedInfrastructure {

    private static Infrastructure infrastructure;
    private static Tokens tokens;
    private static PlatformLayout layout;

    private SharedInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (infrastructure == null) {
            Path work = Path.of("target", "stillwater-test-" + UUID.randomUUID()).toAbsolutePath();
            layout = new PlatformLayout(PlatformLayout.checkoutRoot(), work);
            long started = System.nanoTime();
            infrastructure = Infrastructure.start(layout, InfrastructurePorts.free(), Progress.quiet());
            System.out.printf("[stillwater] test infrastructure up in %.1f s: PostgreSQL, Kafka %s, Keycloak %s%n",
                    (System.nanoTime() - started) / 1e9, infrastructure.bootstrapServers(), infrastructure.keycloakUrl());
            tokens = new Tokens(infrastructure.realmUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::shutdown, "stillwater-test-infrastructure"));
        }
        return infrastructure;
    }

    public static Tokens tokens() {
        get();
        return tokens;
    }

    /** The folder this JVM's servers keep their data and logs in. */
    public static PlatformLayout layout() {
        get();
        return layout;
    }

    private static void shutdown() {
        infrastructure.close();
        try (var files = Files.walk(layout.workDirectory())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + layout.workDirectory() + ": " + e.getMessage());
        }
    }
}
