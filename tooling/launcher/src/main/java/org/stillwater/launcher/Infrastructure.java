package org.stillwater.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.stillwater.contracts.Topics;
import org.stillwater.launcher.kafka.KafkaBroker;
import org.stillwater.launcher.keycloak.KeycloakServer;
import org.stillwater.launcher.postgres.PostgresServer;

/**
 * PostgreSQL, Kafka and Keycloak, started in parallel without Docker. Used by the run command and, with
 * free ports and a throw-away folder, by every test JVM: both start the same servers the same way.
 */
public final class Infrastructure implements AutoCloseable {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka, KeycloakServer keycloak) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
    }

    public static Infrastructure start(PlatformLayout layout, InfrastructurePorts ports, Progress progress) {
        ports.requireFree();
        KafkaBroker kafka = new KafkaBroker(layout.kafkaLibs(), layout.data("kafka"), layout.log("kafka"),
                layout.run(), ports.kafka(), ports.kafkaController());
        KeycloakServer keycloak = new KeycloakServer(layout.keycloakDistributionZip(), layout.cache(),
                layout.keycloakHome(), layout.realmFile(), layout.log("keycloak"), layout.run(), ports.keycloak());

        CompletableFuture<PostgresServer> postgresStarted = CompletableFuture.supplyAsync(() -> {
            progress.starting("PostgreSQL");
            PostgresServer server = PostgresServer.start(layout.data("postgres"), ports.postgres(), Topics.SERVICES);
            progress.ready("PostgreSQL", "on " + server.jdbcUrl("<service>"));
            return server;
        });
        CompletableFuture<Void> kafkaStarted = CompletableFuture.runAsync(() -> {
            progress.starting("Kafka");
            kafka.start();
            kafka.createTopics(Topics.all(), Topics.PARTITIONS);
            progress.ready("Kafka", "on " + kafka.bootstrapServers() + ", " + Topics.all().size() + " topics");
        });
        CompletableFuture<Void> keycloakStarted = CompletableFuture.runAsync(() -> {
            progress.starting("Keycloak");
            keycloak.start();
            progress.ready("Keycloak", "on " + keycloak.baseUrl());
        });
        try {
            CompletableFuture.allOf(postgresStarted, kafkaStarted, keycloakStarted).join();
            return new Infrastructure(postgresStarted.join(), kafka, keycloak);
        } catch (CompletionException failed) {
            List<AutoCloseable> started = new ArrayList<>(List.of(keycloak, kafka));
            if (!postgresStarted.isCompletedExceptionally()) {
                started.add(postgresStarted.join());
            }
            started.forEach(Infrastructure::closeQuietly);
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Creates a database and its owner role unless they exist (tests of the shared modules use their own). */
    public void ensureDatabase(String name) {
        postgres.ensureDatabase(name);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    public String realmUrl() {
        return keycloak.realmUrl();
    }

    /** The broker, for tests that stop and restart it. */
    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        closeQuietly(keycloak);
        closeQuietly(kafka);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("while stopping: " + e.getMessage());
        }
    }
}
