package org.stillwater.launcher.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stillwater.launcher.Infrastructure;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.postgres.PostgresServer;
import org.stillwater.launcher.process.ChildProcess;
import org.stillwater.launcher.process.Http;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.process.Waiting;

/**
 * One instance of a service, run from its packaged jar with the {@code dev} profile (demo seed data and the
 * simulated clock; never {@code prod}), configured for the infrastructure through environment variables.
 */
public final class ServiceProcess {

    /**
     * How long an instance may take to answer ready. Idle it takes 3–50 s; restarted by the long fault suite beside
     * the whole platform under load on two cores, webhook-service took 128 s (CI-form run of 2026-12-01, seed
     * 8609800672493), past the two minutes this was: a slow start is not a failed one.
     */
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final ServiceJava JAVA = JavaInstallations.forThisMachine();

    private final ServiceName service;
    private final String instance;
    private final int port;
    private final PlatformLayout layout;
    private final Map<String, String> environment;
    private ChildProcess process;

    public ServiceProcess(ServiceName service, String instance, int port, PlatformLayout layout,
                          Infrastructure infrastructure, Map<String, String> extraEnvironment) {
        this.service = service;
        this.instance = instance;
        this.port = port;
        this.layout = layout;
        this.environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "dev");
        environment.put("QUARKUS_HTTP_HOST", Ports.LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.jdbcUrl(service.id()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.username(service.id()));
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.password(service.id()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", infrastructure.realmUrl());
        environment.putAll(extraEnvironment);
    }

    public ServiceName service() {
        return service;
    }

    public String instance() {
        return instance;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    public void start() {
        Path jar = layout.serviceJar(service.id());
        if (!Files.exists(jar)) {
            throw new IllegalStateException(service.id() + "-service is not built (" + jar + "). Build with: ./mvnw package -DskipTests");
        }
        Ports.requireFree(port, service.id() + "-service", service.portVariable());
        List<String> command = new ArrayList<>();
        command.add(JAVA.java().executable().toString());
        command.addAll(JAVA.options());
        command.addAll(List.of("-Dstillwater.process=" + instance, "-jar", jar.toString()));
        process = ChildProcess.start(instance, command, environment, layout.root(), layout.log(instance), layout.run());
        awaitReady();
    }

    public void awaitReady() {
        Waiting.until(instance + " on port " + port, STARTUP, process, () -> Http.answers200(baseUrl() + "/q/health/ready"));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful close; what the fault suite does to a pod. */
    public void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Which Java runs the services, and with which options: the same for every instance this launcher starts. */
    public static ServiceJava java() {
        return JAVA;
    }
}
