package org.stillwater.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.stillwater.launcher.Infrastructure;
import org.stillwater.launcher.postgres.PostgresServer;
import org.stillwater.launcher.service.ServiceName;

/** Reads a service's own database, for invariants the API does not show (outboxes, duplicates). */
final class Databases {

    private final Infrastructure infrastructure;

    Databases(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    long count(ServiceName service, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(service.id()),
                PostgresServer.username(service.id()), PostgresServer.password(service.id()));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof UUID id ? id : parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service.id() + ": " + e.getMessage(), e);
        }
    }

    /** Rows waiting in every outbox together. */
    long outboxBacklog() {
        long backlog = 0;
        for (ServiceName service : ServiceName.values()) {
            backlog += count(service, "select count(*) from outbox_event");
        }
        return backlog;
    }
}
