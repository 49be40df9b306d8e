package org.stillwater.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Patience;
import org.stillwater.launcher.service.ServiceName;

/**
 * When each fault happened and when it was over (the service ready again, the broker started), and how long the
 * platform then took to recover: from the end of the fault until every event written before it had been handled
 * by every consumer, read from the consumers' inboxes (the producer's outbox write time travels with the event;
 * the inbox records when its effect committed, both on the database's clock).
 */
final class Recoveries {

    record Injected(Fault fault, Instant at, Instant over) {
    }

    /**
     * @param slowest the event handled last among those written before the fault was over, if any waited past it
     * @param waiting the consumers' backlog when the fault was over: how many events written before that moment each
     *                consumer handled after it, summed over the consumers (an event two consumers handle counts twice).
     *                A long recovery with a large backlog is the consumers' drain rate; with a small one, a stall
     */
    record Recovery(Injected injected, Duration duration, Optional<String> slowest, long waiting) {
    }

    private final List<Injected> injected = new ArrayList<>();
    private Instant inProgressSince;

    synchronized void began(Instant at) {
        inProgressSince = at;
    }

    synchronized void record(Fault fault, Instant at, Instant over) {
        injected.add(new Injected(fault, at, over));
        inProgressSince = null;
    }

    /**
     * The journeys' patience under the faults: {@link FirstMonth#FIXED_PATIENCE}, except that a wait is never
     * given up while a fault is in progress nor before {@code recoveryBound} has passed since the last fault was
     * over. A fault lasts as long as it takes (a broker stopped for 30 s is back after 30 s plus its own stop and
     * start, a killed service after its start-up); what the suite promises is recovery within the bound after it,
     * so a journey fails only when that promise is broken or the platform is slow without any fault.
     */
    Patience patience(Duration recoveryBound) {
        return began -> {
            Instant now = Instant.now();
            synchronized (this) {
                if (inProgressSince != null) {
                    return false;
                }
                Optional<Instant> lastOver = injected.stream().map(Injected::over).max(Comparator.naturalOrder());
                if (lastOver.isPresent() && now.isBefore(lastOver.get().plus(recoveryBound))) {
                    return false;
                }
            }
            return FirstMonth.FIXED_PATIENCE.exhausted(began);
        };
    }

    synchronized List<Injected> injected() {
        return List.copyOf(injected);
    }

    List<Recovery> measure(Databases databases) {
        List<Recovery> recoveries = new ArrayList<>();
        for (Injected fault : injected()) {
            Duration slowest = Duration.ZERO;
            String which = null;
            long waiting = 0;
            for (ServiceName consumer : ServiceName.values()) {
                waiting += databases.handledAfterWrittenBefore(consumer, fault.over());
                Optional<Databases.Handled> last = databases.lastHandledOfWrittenBefore(consumer, fault.over());
                if (last.isPresent() && Duration.between(fault.over(), last.get().handledAt()).compareTo(slowest) > 0) {
                    slowest = Duration.between(fault.over(), last.get().handledAt());
                    which = last.get().describe(consumer);
                }
            }
            recoveries.add(new Recovery(fault, slowest, Optional.ofNullable(which), waiting));
        }
        return recoveries;
    }

    static Duration slowest(List<Recovery> recoveries) {
        return recoveries.stream().map(Recovery::duration).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }
}
