package org.stillwater.faults;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Samples the broker's open transactions through the run: the one left open longest is what held read-committed
 * consumers of its partitions back the longest (a relay killed in the middle of a batch leaves one behind).
 */
final class TransactionWatch implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicReference<KafkaState.OpenTransaction> longest = new AtomicReference<>();

    TransactionWatch(KafkaState kafka) {
        sampler.scheduleWithFixedDelay(() -> {
            try {
                kafka.openTransactions().forEach(open -> longest.accumulateAndGet(open,
                        (known, candidate) -> known == null || candidate.open().compareTo(known.open()) > 0 ? candidate : known));
            } catch (RuntimeException unavailable) {
                // the broker is down or busy; the next sample counts
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    Optional<KafkaState.OpenTransaction> longestOpen() {
        return Optional.ofNullable(longest.get());
    }

    Duration longestOpenDuration() {
        return longestOpen().map(KafkaState.OpenTransaction::open).orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
