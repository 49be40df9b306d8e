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
     *
     * <p>Its ceiling: the events of the window still waiting for it when the window's last event was produced
     * ({@code queuedWhenProductionStopped}), and the rate it cleared them at from then on
     * ({@code clearedPerSecond}, events/s; both 0 when not measured, see {@link EventHops#measure}). With no
     * request being sent, the other consumers clearing their own queues (and the events they publish in turn) and the
     * benchmark's once-a-second read of the services' metrics share the machine with it, so this is the consumer's
     * drain rate, the nearest to its events/s ceiling on this machine that its inbox timestamps give. It errs low
     * where a producer's outbox relay was still behind (the relay paces the queue) and by about 1/N high
     * ({@code handled_at} is when handling began, so the last event's own handling is not counted); below
     * {@link #QUEUE_FOR_A_CEILING} waiting events it clears too quickly to tell. "When production stopped" is the
     * last of the window's events this consumer receives.
     */
    record Consumer(String consumer, long events, double producedPerSecond, double handledPerSecond,
                    long queuedWhenProductionStopped, double clearedPerSecond) {

        /** A queue shorter than this clears too quickly for its rate to mean anything. */
        static final long QUEUE_FOR_A_CEILING = 20;

        boolean hasCeiling() {
            return queuedWhenProductionStopped >= QUEUE_FOR_A_CEILING && clearedPerSecond > 0;
        }

        /** "checkin handled 400 events at 45/s (produced at 90/s; 120 waiting when production stopped, cleared at 60/s)" */
        String describe() {
            return String.format("%s handled %d events at %.0f/s (produced at %.0f/s%s)", consumer, events, handledPerSecond, producedPerSecond,
                    hasCeiling() ? String.format("; %d waiting when production stopped, cleared at %.0f/s", queuedWhenProductionStopped, clearedPerSecond) : "");
        }
    }

    /** The hops of a window, and all of them together. */
    record Window(String name, Instant from, Instant to, List<Hop> hops, Summary all, List<Consumer> consumers,
                  List<Series.Point> timeline) {
    }

    private EventHops() {
    }

    /**
     * @param runStart                the timeline's zero: one point per second of production, in seconds since then
     * @param nothingProducedAfterward whether the platform was left to clear its queues after the window (no next
     *                                stage producing): only then is a consumer's clearing rate its ceiling
     */
    static Window measure(String name, String host, int port, Instant from, Instant to, Instant runStart, boolean nothingProducedAfterward) {
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
                consumers.add(rates(connection, consumer, from, to, nothingProducedAfterward));
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

    private static Consumer rates(Connection connection, String consumer, Instant from, Instant to, boolean nothingProducedAfterward)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                with in_window as (select produced_at, handled_at from inbox_event where produced_at >= ? and produced_at < ?),
                     stopped as (select max(produced_at) as at from in_window)
                select count(*), extract(epoch from max(produced_at) - min(produced_at)), extract(epoch from max(handled_at) - min(handled_at)),
                       count(*) filter (where handled_at > stopped.at), extract(epoch from max(handled_at) - stopped.at)
                from in_window, stopped group by stopped.at""")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new Consumer(consumer, 0, 0, 0, 0, 0);
                }
                long events = row.getLong(1);
                double produced = row.getDouble(2);
                double handled = row.getDouble(3);
                long queued = nothingProducedAfterward ? row.getLong(4) : 0;
                double clearing = nothingProducedAfterward ? row.getDouble(5) : 0;
                return new Consumer(consumer, events, produced > 0 ? events / produced : 0, handled > 0 ? events / handled : 0,
                        queued, queued > 0 && clearing > 0 ? queued / clearing : 0);
            }
        }
    }

    /** stillwater.SessionStarted.v1 → SessionStarted */
    static String eventName(String cloudEventType) {
        String[] parts = cloudEventType.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 2] : cloudEventType;
    }
}
