package org.stillwater.faults;

import java.time.Duration;
import org.stillwater.launcher.service.ServiceName;

/**
 * One fault of the plan.
 *
 * @param service       the service it hits; none for the broker outage
 * @param afterJourneys injected once this many journeys have finished week one
 */
record Fault(Kind kind, ServiceName service, int afterJourneys) {

    enum Kind {
        /** SIGKILL, then a restart: a crashed pod. */
        KILL,
        /** SIGTERM (Quarkus' graceful shutdown) in the middle of the event stream, then a restart: a rolling update. */
        STOP,
        /** The Kafka broker stopped for the plan's outage, then started again. */
        BROKER_OUTAGE,
        /** The second instance of a service killed for good: its partitions move to the first. */
        KILL_SECOND_INSTANCE
    }

    Fault after(int journeys) {
        return new Fault(kind, service, journeys);
    }

    String describe(Duration brokerOutage) {
        String what = switch (kind) {
            case KILL -> "kill (SIGKILL) " + service.id() + "-service and restart it";
            case STOP -> "stop (SIGTERM) " + service.id() + "-service gracefully and restart it";
            case BROKER_OUTAGE -> "stop the Kafka broker for " + brokerOutage.toSeconds() + " s";
            case KILL_SECOND_INSTANCE -> "kill (SIGKILL) the second " + service.id() + "-service instance for good";
        };
        return what + ", after " + afterJourneys + " journeys";
    }

    /** What happened, in a few words. */
    String action() {
        return switch (kind) {
            case KILL -> service.id() + "-service killed";
            case STOP -> service.id() + "-service stopped gracefully";
            case BROKER_OUTAGE -> "the Kafka broker stopped";
            case KILL_SECOND_INSTANCE -> "the second " + service.id() + "-service instance killed";
        };
    }
}
