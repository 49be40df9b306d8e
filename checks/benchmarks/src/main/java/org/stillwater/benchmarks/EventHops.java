package org.stillwater.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Event-hop latency from the timestamps the services record, not from polling: each consumer's inbox row
 * holds {@code produced_at} (the producer's outbox write, carried in the record header) and
 * {@code handled_at} (the consumer's clock_timestamp() as it handles the event, in the transaction that
 * commits the effect). Both come from the one PostgreSQL server's clock. One hop per event type and consuming
 * service, for the events produced in a window.
 */
final class EventHops {

    static final List<String> CONSUMERS = List.of("intake", "prescription", "session", "checkin", "webhook");

    /** One hop: an event type to one consuming service. */
    record Hop(String event, String consumer, Summary latency) {
    }

    /**
     * One consuming service in a window: how many events it handled, the rate they were produced at (over the
     * span of their outbox writes) and the rate it handled them at (over the span of its handling). A consumer
     * whose handling rate stays below the arrival rate builds a queue, and the hop grows with it.
     */
    record Consumer(String consumer, long events, double producedPerSecond, double handledPerSecond) {
    }

    /** The hops of a window, and all of them together. */
    record Window(String name, Instant from, Instant to, List<Hop> hops, Summary all, List<Consumer> consumers,
                  List<Series.Point> timeline) {
    }

    private EventHops() {
    }

    /** @param runStart the timeline's zero: one point per second of production, in seconds since then */
    static Window measure(String name, String host, int port, Instant from, Instant to, Instant runStart) {
        Map<String, Histogram> byHop = new TreeMap<>();
        Map<Long, Histogram> bySecond = new TreeMap<>();
        List<Consumer> consumers = new ArrayList<>();
        Histogram all = new Histogram(1, TimeUnit.HOURS.toMicros(1), 3);
        for (String consumer : CONSUMERS) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + consumer, "postgres", "");
                 PreparedStatement query = connection.prepareStatement("""
                         select event_type, (extract(epoch from handled_at - produced_at) * 1000000)::bigint,
                                (extract(epoch from produced_at) * 1000)::bigint
                         from inbox_event where produced_at >= ? and produced_at < ?""")) {
                query.setTimestamp(1, Timestamp.from(from));
                query.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Histogram histogram = byHop.computeIfAbsent(eventName(rows.getString(1)) + "\t" + consumer,
                                key -> new Histogram(1, TimeUnit.HOURS.toMicros(1), 3));
                        long micros = Math.max(1, Math.min(histogram.getHighestTrackableValue(), rows.getLong(2)));
                        histogram.recordValue(micros);
                        all.recordValue(micros);
                        long second = (rows.getLong(3) - runStart.toEpochMilli()) / 1000;
                        bySecond.computeIfAbsent(second, key -> new Histogram(1, TimeUnit.HOURS.toMicros(1), 3)).recordValue(micros);
                    }
                }
                consumers.add(rates(connection, consumer, from, to));
            } catch (SQLException e) {
                throw new IllegalStateException("reading the inbox of " + consumer + ": " + e.getMessage(), e);
            }
        }
        consumers.removeIf(consumer -> consumer.events() == 0);
        List<Hop> hops = new ArrayList<>();
        byHop.forEach((key, histogram) -> {
            String[] parts = key.split("\t");
            hops.add(new Hop(parts[0], parts[1], Summary.ofLatencies(histogram)));
        });
        hops.sort(Comparator.comparing(Hop::event).thenComparing(Hop::consumer));
        List<Series.Point> timeline = new ArrayList<>();
        bySecond.forEach((second, histogram) -> timeline.add(new Series.Point(second + 1, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0)));
        return new Window(name, from, to, hops, Summary.ofLatencies(all), consumers, timeline);
    }

    private static Consumer rates(Connection connection, String consumer, Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*), extract(epoch from max(produced_at) - min(produced_at)), extract(epoch from max(handled_at) - min(handled_at))
                from inbox_event where produced_at >= ? and produced_at < ?""")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long events = row.getLong(1);
                double produced = row.getDouble(2);
                double handled = row.getDouble(3);
                return new Consumer(consumer, events, produced > 0 ? events / produced : 0, handled > 0 ? events / handled : 0);
            }
        }
    }

    /** stillwater.SessionStarted.v1 → SessionStarted */
    static String eventName(String cloudEventType) {
        String[] parts = cloudEventType.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 2] : cloudEventType;
    }
}
