package org.stillwater.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
     */
    record Recovery(Injected injected, Duration duration, Optional<String> slowest) {
    }

    private final List<Injected> injected = new ArrayList<>();

    synchronized void record(Fault fault, Instant at, Instant over) {
        injected.add(new Injected(fault, at, over));
    }

    synchronized List<Injected> injected() {
        return List.copyOf(injected);
    }

    List<Recovery> measure(Databases databases) {
        List<Recovery> recoveries = new ArrayList<>();
        for (Injected fault : injected()) {
            Duration slowest = Duration.ZERO;
            String which = null;
            for (ServiceName consumer : ServiceName.values()) {
                Optional<Databases.Handled> last = databases.lastHandledOfWrittenBefore(consumer, fault.over());
                if (last.isPresent() && Duration.between(fault.over(), last.get().handledAt()).compareTo(slowest) > 0) {
                    slowest = Duration.between(fault.over(), last.get().handledAt());
                    which = last.get().describe(consumer);
                }
            }
            recoveries.add(new Recovery(fault, slowest, Optional.ofNullable(which)));
        }
        return recoveries;
    }

    static Duration slowest(List<Recovery> recoveries) {
        return recoveries.stream().map(Recovery::duration).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }
}
