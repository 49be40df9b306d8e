package org.stillwater.hostile;

import java.time.Duration;
import java.util.List;
import org.stillwater.launcher.service.ServiceName;

/**
 * What every test of this module shares, set up once per JVM: the platform, its documented operations, the
 * credentials of every kind of caller, and the exchange that sends requests and reads what they left. The
 * bounds come from the system properties the module's pom sets ({@code stillwater.hostile.*}).
 */
final class Fixture {

    static final Duration TIME_BOUND = Duration.ofSeconds(Integer.getInteger("stillwater.hostile.time-bound", 5));
    static final long LOG_BOUND = Integer.getInteger("stillwater.hostile.log-bound", 4096);

    private static Fixture shared;

    final Target target;
    final List<Operation> operations;
    final Credentials credentials;
    final Exchange exchange;
    final Expectations expectations = new Expectations(TIME_BOUND, LOG_BOUND);

    private Fixture(Target target) {
        this.target = target;
        this.operations = Catalogue.discover(target);
        this.credentials = new Credentials(target);
        this.exchange = new Exchange(target, credentials, TIME_BOUND);
    }

    /** The documented operation, e.g. {@code operation(SESSION, "POST", "/api/v1/patients/{patientId}/sessions")}. */
    Operation operation(ServiceName service, String method, String path) {
        return operations.stream()
                .filter(operation -> operation.service() == service && operation.method().equals(method) && operation.path().equals(path))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not documented: " + service + " " + method + " " + path));
    }

    static synchronized Fixture shared() {
        if (shared == null) {
            shared = new Fixture(Target.fromSystemProperties());
        }
        return shared;
    }
}
