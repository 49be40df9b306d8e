package org.stillwater.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stillwater.messaging.tracing.EventTracing;

/**
 * Publishes outbox rows to Kafka in id order (acks=all, idempotent producer, key = patient id) and deletes
 * them only after the broker acknowledged them. While the broker is down, rows wait and the relay retries
 * with backoff; nothing is lost.
 *
 * <p>Each batch is one Kafka transaction. Without it, a failed attempt could leave a later event of a patient
 * on the topic while an earlier one of the same batch timed out, and the retry would put the earlier one
 * after it: an aborted transaction is invisible to read-committed consumers, so a patient's events appear in
 * order. Each process has its own transactional id: instances that shared one would fence each other every
 * time the lock below changed hands. A process killed in the middle of a batch leaves its transaction open
 * until the broker aborts it ({@code transaction.timeout.ms}, the send timeout: 10 s, plus up to the broker's
 * {@code transaction.abort.timed.out.transaction.cleanup.interval.ms}); until then read-committed consumers wait
 * at that point of the partition, and nothing of it is ever delivered.
 *
 * <p>Several instances of a service share one database: a PostgreSQL advisory lock, held for the length
 * of a batch's transaction, lets one relay publish at a time, so no row goes out twice from two relays and
 * one patient's events keep their order. A failure after the broker's ack but before the delete commits
 * re-sends rows; consumers drop the copies by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String PRODUCED_AT_HEADER = "stillwater-produced-at";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay per database at a time; any constant works, this one reads as "outbox". */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "stillwater.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "stillwater.outbox.relay.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "stillwater.outbox.relay.poll-interval", defaultValue = "PT0.1S")
    Duration pollInterval;

    /**
     * How long a batch's Kafka transaction may stay open: its records must be acknowledged within it, and the broker
     * aborts a transaction open longer ({@code transaction.timeout.ms}). It bounds how long a relay killed in the
     * middle of a batch holds read-committed consumers of the batch's partitions back.
     */
    @ConfigProperty(name = "stillwater.outbox.relay.send-timeout", defaultValue = "PT10S")
    Duration sendTimeout;

    private final Semaphore work = new Semaphore(0);
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean brokerReachable = true;
    private volatile long backlog;
    private volatile double oldestAgeSeconds;
    private volatile long lastBacklogCheck;
    private Thread thread;
    private final String transactionalId = "outbox-relay-" + UUID.randomUUID();
    private Producer<String, String> producer;

    void start(@Observes StartupEvent started) {
        Gauge.builder("stillwater.outbox.backlog", () -> backlog)
                .description("Outbox rows not yet acknowledged by the broker").register(metrics);
        Gauge.builder("stillwater.outbox.oldest.age.seconds", () -> oldestAgeSeconds)
                .description("Age of the oldest unpublished outbox row").register(metrics);
        Gauge.builder("stillwater.outbox.broker.reachable", () -> brokerReachable ? 1 : 0)
                .description("1 when the relay's last attempt reached the broker").register(metrics);
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::relayUntilStopped, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        work.release();
        if (thread != null) {
            try {
                thread.join(sendTimeout.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Called after a transaction that wrote outbox rows commits: publish now rather than at the next poll. */
    public void nudge() {
        work.release();
    }

    public boolean isBrokerReachable() {
        return brokerReachable;
    }

    public long backlog() {
        return backlog;
    }

    public double oldestAgeSeconds() {
        return oldestAgeSeconds;
    }

    private void relayUntilStopped() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                int sent = relayBatch();
                brokerReachable = true;
                backoff = pollInterval;
                refreshBacklog(false);
                if (sent < batchSize) {
                    work.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    work.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                brokerReachable = false;
                LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoff.toMillis());
                closeProducer();
                refreshBacklog(true);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * One batch in one transaction: take the lock, read the oldest rows, send them, wait for every ack,
     * delete them. Any failure rolls the transaction back and the rows stay for the next attempt.
     *
     * @return how many rows were published (0 when another instance holds the lock)
     */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) sendTimeout.multipliedBy(2).toSeconds()).call(() -> {
            Boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!leader) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select id, topic, partition_key, event_type, payload, created_at, traceparent
                            from outbox_event order by id limit :limit""")
                    .setParameter("limit", batchSize)
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            Producer<String, String> kafka = producer();
            kafka.beginTransaction();
            List<Future<?>> acks = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ids.add(((Number) row[0]).longValue());
                ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2], (String) row[4]);
                record.headers().add(new RecordHeader("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader(PRODUCED_AT_HEADER, instant(row[5]).toString().getBytes(StandardCharsets.UTF_8)));
                if (row[6] != null) {
                    record.headers().add(new RecordHeader(EventTracing.TRACEPARENT, ((String) row[6]).getBytes(StandardCharsets.UTF_8)));
                }
                acks.add(kafka.send(record));
            }
            kafka.flush();
            for (Future<?> ack : acks) {
                ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            kafka.commitTransaction();
            entityManager.createNativeQuery("delete from outbox_event where id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
            rows.forEach(row -> counter((String) row[3]).increment());
            return rows.size();
        });
    }

    private void refreshBacklog(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastBacklogCheck < TimeUnit.SECONDS.toNanos(2)) {
            return;
        }
        lastBacklogCheck = now;
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "select count(*), extract(epoch from clock_timestamp() - min(created_at)) from outbox_event").getSingleResult());
            backlog = ((Number) row[0]).longValue();
            oldestAgeSeconds = row[1] == null ? 0 : ((Number) row[1]).doubleValue();
        } catch (RuntimeException e) {
            LOG.debugf("could not measure the outbox backlog: %s", e.getMessage());
        }
    }

    private Counter counter(String type) {
        return published.computeIfAbsent(type, t -> Counter.builder("stillwater.outbox.published")
                .description("Events the broker acknowledged, by type").tag("type", t).register(metrics));
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.ofEntries(
                    Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    Map.entry(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay"),
                    Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                    Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                    Map.entry(ProducerConfig.LINGER_MS_CONFIG, 1),
                    Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(5000, sendTimeout.toMillis() / 2)),
                    Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis()),
                    Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Math.min(5000, sendTimeout.toMillis() / 2)),
                    Map.entry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationName + "-" + transactionalId),
                    Map.entry(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) sendTimeout.toMillis())),
                    new StringSerializer(), new StringSerializer());
            producer.initTransactions();
        }
        return producer;
    }

    /**
     * A failed producer is discarded after aborting its transaction: nothing of the failed batch becomes visible,
     * and the next attempt starts with a fresh producer.
     */
    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.abortTransaction();
            } catch (RuntimeException e) {
                LOG.debugf("aborting the outbox transaction: %s", e.getMessage());
            }
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debugf("closing the outbox producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        return (Instant) timestamp;
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
