package org.stillwater.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The webhook hop: from the producer's outbox write of an event to the journey's receiver recording it, just
 * before it answers 2xx. The outbox write time is the one webhook-service's inbox holds for the event
 * ({@code inbox_event.produced_at}, carried in the record header); the arrival is this JVM's wall clock. Both are
 * this machine's clock (PostgreSQL runs here), so the difference is the hop.
 */
final class WebhookHop {

    /** The hop of the events the receiver got: how many arrived, how many of them were found in webhook-service's inbox, and the latency. */
    record Result(long arrivals, long matched, Summary latency) {
    }

    private WebhookHop() {
    }

    static Result measure(String host, int port, List<CohortArrivals.Arrival> arrivals) {
        Map<String, Instant> producedAt = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/webhook", "postgres", "");
             PreparedStatement query = connection.prepareStatement("select event_id, produced_at from inbox_event where event_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", arrivals.stream().map(a -> parsedOrNull(a.webhookId())).filter(java.util.Objects::nonNull).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getTimestamp(2) != null) {
                        producedAt.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading webhook-service's inbox: " + e.getMessage(), e);
        }
        return of(arrivals, producedAt);
    }

    /** The hop of every arrival whose event's outbox write is known (by webhook-id = event id). */
    static Result of(List<CohortArrivals.Arrival> arrivals, Map<String, Instant> producedAt) {
        Histogram micros = new Histogram(1, TimeUnit.HOURS.toMicros(1), 3);
        for (CohortArrivals.Arrival arrival : arrivals) {
            Instant produced = producedAt.get(arrival.webhookId());
            if (produced != null) {
                long hop = TimeUnit.NANOSECONDS.toMicros(Duration.between(produced, arrival.at()).toNanos());
                micros.recordValue(Math.max(1, Math.min(micros.getHighestTrackableValue(), hop)));
            }
        }
        return new Result(arrivals.size(), micros.getTotalCount(), Summary.ofLatencies(micros));
    }

    private static UUID parsedOrNull(String webhookId) {
        try {
            return UUID.fromString(webhookId);
        } catch (IllegalArgumentException notAnEventId) {
            return null;
        }
    }
}
