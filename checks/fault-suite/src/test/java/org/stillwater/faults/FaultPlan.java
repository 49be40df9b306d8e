package org.stillwater.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.stillwater.launcher.service.ServiceName;

/**
 * How hard the suite pushes: the short form runs in every {@code ./mvnw verify}, the long form
 * ({@code -Dstillwater.faults=long}) in CI and before a release.
 *
 * @param journeys       patients driven through the month at once
 * @param concurrency    of them in flight at a time
 * @param kills          services killed with SIGKILL once each, at a random moment, and restarted
 * @param stops          services stopped gracefully (SIGTERM) once each, at a random moment, and restarted
 * @param brokerOutage   how long the Kafka broker is stopped
 * @param secondInstance whether a second session-service instance (same database and group) runs for part of the run
 * @param recoveryBound  how long the platform may take, after a fault is over, to handle every event written before;
 *                       the suite prints the slowest recovery against it
 */
record FaultPlan(String name, int journeys, int concurrency, List<ServiceName> kills, List<ServiceName> stops,
                 Duration brokerOutage, boolean secondInstance, Duration recoveryBound) {

    static final Duration RECOVERY_BOUND = Duration.ofSeconds(45);
    /** The services with event consumers: a graceful stop of one interrupts handlers in the middle of the stream. */
    private static final List<ServiceName> CONSUMING_SERVICES = List.of(ServiceName.PRESCRIPTION, ServiceName.SESSION, ServiceName.CHECKIN);

    static FaultPlan fromSystemProperty() {
        return "long".equals(System.getProperty("stillwater.faults", "short"))
                ? new FaultPlan("long", 200, 12, List.of(ServiceName.values()), CONSUMING_SERVICES, Duration.ofSeconds(30), true, RECOVERY_BOUND)
                : new FaultPlan("short", 24, 8, List.of(ServiceName.PRESCRIPTION, ServiceName.WEBHOOK), List.of(ServiceName.CHECKIN),
                        Duration.ofSeconds(10), true, RECOVERY_BOUND);
    }

    /**
     * The faults in the order they happen, each at a random moment of its own stretch of week one's journeys: kills and
     * graceful stops in a random order, the broker outage in the middle, the second instance killed last.
     */
    List<Fault> schedule(Random random) {
        List<Fault> restarts = new ArrayList<>();
        kills.forEach(service -> restarts.add(new Fault(Fault.Kind.KILL, service, 0)));
        stops.forEach(service -> restarts.add(new Fault(Fault.Kind.STOP, service, 0)));
        Collections.shuffle(restarts, random);
        List<Fault> order = new ArrayList<>(restarts);
        order.add(order.size() / 2, new Fault(Fault.Kind.BROKER_OUTAGE, null, 0));
        if (secondInstance) {
            order.add(new Fault(Fault.Kind.KILL_SECOND_INSTANCE, ServiceName.SESSION, 0));
        }
        int stretch = Math.max(1, journeys / (order.size() + 1));
        List<Fault> scheduled = new ArrayList<>();
        for (int step = 0; step < order.size(); step++) {
            scheduled.add(order.get(step).after(stretch * step + 1 + random.nextInt(stretch)));
        }
        return scheduled;
    }

    String describe(long seed, List<Fault> schedule) {
        StringBuilder plan = new StringBuilder(String.format(
                "[fault suite, %s form, seed %d] replay with -Dstillwater.faults=%s -Dstillwater.faults.seed=%d%n"
                        + "  %d journeys, %d at a time; recovery bound %d s after each fault; the faults, in order:%n",
                name, seed, name, seed, journeys, concurrency, recoveryBound.toSeconds()));
        for (Fault fault : schedule) {
            plan.append("    ").append(fault.describe(brokerOutage)).append(System.lineSeparator());
        }
        return plan.toString();
    }
}
