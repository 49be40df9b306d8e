package org.stillwater.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Samples the outboxes through the run: the largest backlog, and how long it took to drain after the broker came back. */
final class BacklogWatch implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong largest = new AtomicLong();
    private final AtomicReference<Instant> brokerBack = new AtomicReference<>();
    private final AtomicReference<Duration> drain = new AtomicReference<>();

    BacklogWatch(Databases databases) {
        sampler.scheduleAtFixedRate(() -> {
            try {
                long backlog = databases.outboxBacklog();
                largest.accumulateAndGet(backlog, Math::max);
                Instant back = brokerBack.get();
                if (back != null && drain.get() == null && backlog == 0) {
                    drain.set(Duration.between(back, Instant.now()));
                }
            } catch (RuntimeException unavailable) {
                // a sample missed while a database connection was refused; the next one counts
            }
        }, 0, 250, TimeUnit.MILLISECONDS);
    }

    void brokerRestarted() {
        brokerBack.set(Instant.now());
    }

    long largestBacklog() {
        return largest.get();
    }

    Duration drainTime() {
        return drain.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
