package org.stillwater.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own database on the platform's PostgreSQL server (user postgres, no password, as the
 * launcher's embedded server allows on 127.0.0.1): created for a run, dropped after it.
 */
final class BenchDatabase implements AutoCloseable {

    static final String NAME = "stillwater_bench";

    private final String serverUrl;

    private BenchDatabase(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** Drops what an interrupted run may have left, then creates the database and its tables. */
    static BenchDatabase create(String host, int port) {
        BenchDatabase database = new BenchDatabase("jdbc:postgresql://" + host + ":" + port + "/");
        database.admin("drop database if exists " + NAME + " with (force)");
        database.admin("create database " + NAME);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table ceiling_insert (id bigserial primary key, payload text not null,"
                    + " created_at timestamptz not null default clock_timestamp())");
            statement.execute("create table bare_insert (id bigserial primary key, payload text not null,"
                    + " created_at timestamptz not null default clock_timestamp())");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the tables of " + NAME + ": " + e.getMessage(), e);
        }
        return database;
    }

    String jdbcUrl() {
        return serverUrl + NAME;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin("drop database if exists " + NAME + " with (force)");
    }
}
