package org.stillwater.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.pharmacy.ReferencePharmacy;

/**
 * The reference pharmacy, in this process, filling the benchmark's prescriptions: several instances in the
 * pharmacy's one consumer group share the partitions of pharmacy.shipments, as a pharmacy with several
 * workers would. What they log about a refused or failed call is kept for the report.
 */
final class Pharmacies implements AutoCloseable {

    static final String PHARMACY = "sunrise";

    private final List<ReferencePharmacy> instances = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicLong problemCount = new AtomicLong();

    Pharmacies(Endpoints endpoints, int count) {
        ReferencePharmacy.Settings settings = new ReferencePharmacy.Settings(PHARMACY, endpoints.bootstrapServers(),
                endpoints.prescription(), endpoints.realm(), DemoAccounts.PHARM_SUNRISE, DemoAccounts.PASSWORD, "UPS");
        for (int i = 0; i < count; i++) {
            instances.add(new ReferencePharmacy(settings, this::log));
        }
    }

    void start() {
        instances.forEach(ReferencePharmacy::start);
    }

    /** Lines about a call the platform refused, a call that could not be made, or Kafka being unavailable. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    long problemCount() {
        return problemCount.get();
    }

    private void log(String line) {
        boolean problem = line.contains("refused") || line.contains("not reachable") || line.contains("could not handle")
                || line.contains("not available") || line.contains("skipping an invalid record");
        if (problem) {
            if (problemCount.incrementAndGet() <= 20) {
                problems.add(line.trim());
            }
        }
    }

    @Override
    public void close() {
        instances.forEach(ReferencePharmacy::close);
    }
}
