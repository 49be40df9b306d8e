package org.stillwater.launcher.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.stillwater.launcher.process.Ports;

/**
 * One PostgreSQL server (embedded binaries, no Docker) with one database and one owner role per service:
 * no service can read another's tables.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts the server on {@code dataDirectory}, kept across restarts, and creates any missing database. */
    public static PostgresServer start(Path dataDirectory, int port, List<String> databases) {
        try {
            Files.createDirectories(dataDirectory);
            stopLeftoverPostmaster(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", Ports.LOOPBACK)
                    .setServerConfig("max_connections", "300")
                    // The embedded defaults trade durability for speed (fsync and synchronous_commit off): a commit
                    // the services answered 2xx for must survive a crash of the database too, as in production.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            PostgresServer server = new PostgresServer(postgres, port);
            databases.forEach(server::ensureDatabase);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Ports.LOOPBACK + ":" + port + "/" + database;
    }

    /** The owner role of a service's database has the database's name, and that name as its local password. */
    public static String username(String database) {
        return database;
    }

    public static String password(String database) {
        return database;
    }

    public void ensureDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + name + "'")) {
                statement.execute("create role " + name + " login password '" + password(name) + "'");
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + name + "'")) {
                statement.execute("create database " + name + " owner " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next();
        }
    }

    /** A postmaster of an earlier run that was killed would keep the data directory locked. */
    private static void stopLeftoverPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<String> firstLine = Files.readAllLines(pidFile).stream().findFirst();
        Optional<ProcessHandle> leftover = firstLine.map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (leftover.isPresent()) {
            leftover.get().destroy();
            leftover.get().onExit().join();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
