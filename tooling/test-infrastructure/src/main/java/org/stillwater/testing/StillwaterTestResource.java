package org.stillwater.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.stillwater.launcher.Infrastructure;
import org.stillwater.launcher.postgres.PostgresServer;

/**
 * Points a {@code @QuarkusTest} service at the shared real infrastructure: its own database, the broker and
 * the realm. Use with {@code @QuarkusTestResource(value = StillwaterTestResource.class, initArgs =
 * @ResourceArg(name = "database", value = "<service>"))}.
 */
public class StillwaterTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "postgres");
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = SharedInfrastructure.get();
        infrastructure.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.username(database),
                "quarkus.datasource.password", PostgresServer.password(database),
                "kafka.bootstrap.servers", infrastructure.bootstrapServers(),
                "quarkus.oidc.auth-server-url", infrastructure.realmUrl());
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; SharedInfrastructure stops it when the JVM exits
    }
}
