package org.stillwater.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.stillwater.launcher.Infrastructure;
import org.stillwater.launcher.postgres.PostgresServer;
import org.stillwater.launcher.service.ServiceName;

/** Reads a service's own database, for what the API does not show (outboxes, inboxes, duplicates). */
final class Databases {

    /** An event a consumer handled: its inbox row. */
    record Handled(String type, UUID eventId, String patient, Instant producedAt, Instant handledAt) {

        String describe(ServiceName consumer) {
            return type + " " + eventId + " of patient " + patient + ", handled by " + consumer.id() + "-service "
                    + Duration.between(producedAt, handledAt).toMillis() + " ms after it was written";
        }
    }

    /** An event still waiting in a producer's outbox. */
    record Unpublished(long id, String type, UUID eventId, Instant createdAt) {
    }

    private interface Row<T> {
        T read(ResultSet result) throws SQLException;
    }

    private final Infrastructure infrastructure;

    Databases(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    long count(ServiceName service, String sql, Object... parameters) {
        return query(service, sql, result -> result.getLong(1), parameters).get(0);
    }

    /** Rows waiting in every outbox together. */
    long outboxBacklog() {
        long backlog = 0;
        for (ServiceName service : ServiceName.values()) {
            backlog += count(service, "select count(*) from outbox_event");
        }
        return backlog;
    }

    /** Rows in every outbox together that were written at or before {@code moment}. */
    long outboxWrittenBefore(Instant moment) {
        long rows = 0;
        for (ServiceName service : ServiceName.values()) {
            rows += count(service, "select count(*) from outbox_event where created_at <= ?", Timestamp.from(moment));
        }
        return rows;
    }

    List<Unpublished> outbox(ServiceName producer, UUID patient) {
        return query(producer, "select id, event_type, event_id, created_at from outbox_event where partition_key = ? order by id",
                result -> new Unpublished(result.getLong(1), result.getString(2), (UUID) result.getObject(3), instant(result, 4)),
                patient.toString());
    }

    Optional<Handled> handled(ServiceName consumer, UUID eventId) {
        return query(consumer, "select event_type, event_id, subject, produced_at, handled_at from inbox_event where event_id = ?",
                Databases::handled, eventId).stream().findFirst();
    }

    /** The consumer's last handled event among those written before {@code moment} and handled after it. */
    Optional<Handled> lastHandledOfWrittenBefore(ServiceName consumer, Instant moment) {
        Timestamp at = Timestamp.from(moment);
        return query(consumer, """
                        select event_type, event_id, subject, produced_at, handled_at from inbox_event
                        where produced_at <= ? and handled_at > ? order by handled_at desc limit 1""",
                Databases::handled, at, at).stream().findFirst();
    }

    /** How many events written before {@code moment} the consumer handled after it: its backlog at that moment. */
    long handledAfterWrittenBefore(ServiceName consumer, Instant moment) {
        Timestamp at = Timestamp.from(moment);
        return count(consumer, "select count(*) from inbox_event where produced_at <= ? and handled_at > ?", at, at);
    }

    /** The CloudEvents types the consumer has handled at least once: the types it reacts to. */
    Set<String> handledTypes(ServiceName consumer) {
        return new TreeSet<>(query(consumer, "select distinct event_type from inbox_event", result -> result.getString(1)));
    }

    private static Handled handled(ResultSet result) throws SQLException {
        return new Handled(result.getString(1), (UUID) result.getObject(2), result.getString(3), instant(result, 4), instant(result, 5));
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        Timestamp timestamp = result.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private <T> List<T> query(ServiceName service, String sql, Row<T> row, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(service.id()),
                PostgresServer.username(service.id()), PostgresServer.password(service.id()));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(service.id() + ": " + e.getMessage(), e);
        }
    }
}
