package org.stillwater.edge.clock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's one clock: every rule takes its time from here. In the dev and test profiles
 * ({@code stillwater.clock.adjustable=true}) it can be moved forward, so a demo or test can let days pass;
 * the offset is kept in the service's database so a restart keeps it. In prod it is the system clock.
 */
@Singleton
public class ServiceClock extends Clock {

    private final boolean adjustable;
    private volatile Duration offset = Duration.ZERO;

    @Inject
    EntityManager entityManager;

    @Inject
    public ServiceClock(@ConfigProperty(name = "stillwater.clock.adjustable", defaultValue = "false") boolean adjustable) {
        this.adjustable = adjustable;
    }

    void restoreOffset(@Observes StartupEvent started) {
        if (adjustable) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("select offset_ms from simulated_clock where id = 1")
                    .getResultStream().findFirst()
                    .ifPresent(ms -> offset = Duration.ofMillis(((Number) ms).longValue())));
        }
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset;
    }

    /** Moves the clock forward (never back: time only passes) and keeps the new offset. */
    public synchronized Duration advance(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("the clock is not adjustable in this profile");
        }
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        Duration advanced = offset.plus(by);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into simulated_clock (id, offset_ms) values (1, :ms)
                        on conflict (id) do update set offset_ms = excluded.offset_ms""")
                .setParameter("ms", advanced.toMillis())
                .executeUpdate());
        offset = advanced;
        return offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
