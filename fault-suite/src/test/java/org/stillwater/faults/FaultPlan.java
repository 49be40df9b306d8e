package org.stillwater.faults;

import java.time.Duration;
import java.util.List;
import org.stillwater.launcher.service.ServiceName;

/**
 * How hard the suite pushes: the short form runs in CI, the long form ({@code -Dstillwater.faults=long}) before a
 * release.
 *
 * @param journeys          patients driven through the month at once
 * @param concurrency       of them in flight at a time
 * @param kills             services killed with SIGKILL once each, at a random moment, and restarted
 * @param brokerOutage      how long the Kafka broker is stopped
 * @param secondInstance    whether a second session-service instance (same database and group) runs for part of the run
 */
record FaultPlan(String name, int journeys, int concurrency, List<ServiceName> kills, Duration brokerOutage, boolean secondInstance) {

    static FaultPlan fromSystemProperty() {
        return "long".equals(System.getProperty("stillwater.faults", "short"))
                ? new FaultPlan("long", 200, 12, List.of(ServiceName.values()), Duration.ofSeconds(30), true)
                : new FaultPlan("short", 24, 8, List.of(ServiceName.PRESCRIPTION), Duration.ofSeconds(10), true);
    }
}
