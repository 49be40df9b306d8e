package org.stillwater.messaging.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The dead-letter depth: gauge {@code stillwater.dead.letters.open} (Prometheus
 * {@code stillwater_dead_letters_open}), the open dead letters of this service per {@code reason}
 * ({@link DeadLetterReason}). Counted from the table, so every instance of the service reports the same
 * depth; refreshed every {@code stillwater.dead-letters.depth-refresh} and after each dead letter stored.
 */
@Startup
@ApplicationScoped
public class DeadLetterDepth {

    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager entityManager;

    private final Map<DeadLetterReason, AtomicLong> open = new EnumMap<>(DeadLetterReason.class);

    @PostConstruct
    void register() {
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            AtomicLong depth = new AtomicLong();
            open.put(reason, depth);
            Gauge.builder("stillwater.dead.letters.open", depth, AtomicLong::get)
                    .description("Open dead letters (not yet replayed or discarded) of this service, by reason")
                    .tag("reason", reason.name())
                    .register(metrics);
        }
    }

    @Scheduled(identity = "dead-letter-depth", every = "${stillwater.dead-letters.depth-refresh:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Counts the open dead letters again; while the database is away the last counts stay. */
    public void refresh() {
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> counts = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select reason, count(*) from dead_letter where status = 'OPEN' group by reason").getResultList());
            Map<DeadLetterReason, Long> counted = new EnumMap<>(DeadLetterReason.class);
            counts.forEach(row -> counted.put(DeadLetterReason.valueOf((String) row[0]), ((Number) row[1]).longValue()));
            open.forEach((reason, depth) -> depth.set(counted.getOrDefault(reason, 0L)));
        } catch (RuntimeException unavailable) {
            LOG.debugf("dead-letter depth not refreshed: %s", unavailable.getMessage());
        }
    }
}
