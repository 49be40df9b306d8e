package org.stillwater.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.launcher.service.ServiceProcess;

/** {@code ./stillwater up}: runs the platform in the foreground until Ctrl-C. */
public final class Main {

    private static final String USAGE = """
            usage: ./stillwater up [--clean] [--infra-only]
              --clean        start from empty data (PostgreSQL, Kafka, Keycloak): deletes .stillwater/data and .stillwater/keycloak
              --infra-only   start PostgreSQL, Kafka and Keycloak only, e.g. to run one service with ./mvnw quarkus:dev
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || !arguments.get(0).equals("up") || arguments.contains("--help")) {
            System.out.print(USAGE);
            System.exit(arguments.contains("--help") ? 0 : 2);
        }
        for (String option : arguments.subList(1, arguments.size())) {
            if (!Set.of("--clean", "--infra-only").contains(option)) {
                System.err.println("unknown option " + option);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
        PlatformLayout layout = PlatformLayout.forRunCommand();
        if (arguments.contains("--clean")) {
            deleteTree(layout.workDirectory().resolve("data"));
            deleteTree(layout.keycloakHome());
        }
        Set<ServiceName> services = arguments.contains("--infra-only") ? EnumSet.noneOf(ServiceName.class) : EnumSet.allOf(ServiceName.class);
        System.out.println("Starting Stillwater (data in " + layout.workDirectory() + ", logs in " + layout.logs() + ")");
        if (!services.isEmpty()) {
            System.out.println(ServiceProcess.java().describe());
        }

        // Registered before anything starts: a SIGTERM or Ctrl-C while PostgreSQL, Kafka, Keycloak or a service is
        // still starting must stop what already runs too, not leave it orphaned.
        AtomicReference<Platform> started = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping Stillwater…");
            Platform platform = started.get();
            if (platform != null) {
                platform.close();
            } else {
                stopChildProcesses();
            }
            System.out.println("Stopped.");
            stopped.countDown();
        }, "shutdown"));

        Platform platform;
        try (Progress progress = new Progress(System.out)) {
            platform = Platform.start(layout, InfrastructurePorts.defaults(), Platform.defaultServicePorts(), services, progress);
        } catch (Ports.PortTakenException e) {
            System.err.println();
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Stillwater did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        started.set(platform);
        System.out.println(Banner.ready(platform, layout));
        watch(platform, layout, stopping);
        stopped.await();
    }

    /**
     * Says so when a service dies while the platform runs, instead of failing silently; not once the launcher is
     * stopping (Ctrl-C, or SIGTERM from a process supervisor), when the services stop because it stops them.
     */
    private static void watch(Platform platform, PlatformLayout layout, AtomicBoolean stopping) throws InterruptedException {
        Set<ServiceName> reported = EnumSet.noneOf(ServiceName.class);
        while (!stopping.get()) {
            for (ServiceProcess service : platform.services().values()) {
                if (!service.isAlive() && !stopping.get() && reported.add(service.service())) {
                    System.err.println(service.instance() + " stopped unexpectedly; see " + layout.log(service.instance()));
                }
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    /**
     * Stops every process the launcher started while it was still starting them (nothing is tracked yet): SIGTERM to
     * the whole tree, and SIGKILL to whatever still runs after 30 s.
     */
    private static void stopChildProcesses() {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle child : children) {
            while (child.isAlive() && System.nanoTime() < deadline) {
                try {
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path path) throws IOException {
        if (java.nio.file.Files.exists(path)) {
            try (var files = java.nio.file.Files.walk(path)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
        }
    }

}
