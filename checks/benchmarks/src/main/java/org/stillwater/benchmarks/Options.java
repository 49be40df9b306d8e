package org.stillwater.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stillwater.launcher.service.ServiceJava;
import org.stillwater.launcher.service.ServiceJava.JavaInstallation;
import org.stillwater.launcher.service.ServiceProcess;

/** {@code ./stillwater bench [workload] [options]}: what to run and how much of it. */
record Options(String workload, int patients, int concurrency, int pharmacies, int writesPatients, List<Integer> rates,
               double stageSeconds, double ceilingSeconds, boolean ceilings, boolean startup, boolean profile, String startupJavaOptions,
               Path out, String journeyArrivals, JavaInstallation startupJava, int connections) {

    /**
     * {@code --connections}' ceiling: each connection is an open file in this process, in the service and in wrk, and
     * 1024 is the usual limit of open files per process.
     */
    static final int MAX_CONNECTIONS = 1024;
    /** The longest {@code --stage-seconds} or {@code --ceiling-seconds}: an hour, far beyond any useful run. */
    static final double MAX_SECONDS = 3600;

    /**
     * The Java the launcher runs the services on (ServiceProcess: the newest JDK 25+ found, STILLWATER_SERVICE_JAVA_HOME
     * overriding) and its options for that Java; the start-up instances run on the same unless told otherwise.
     */
    static final ServiceJava SERVICE_JAVA = ServiceProcess.java();
    static final String SERVICE_JAVA_OPTIONS = String.join(" ", SERVICE_JAVA.options());

    static final List<String> WORKLOADS = List.of("all", "journey", "writes", "hop", "startup");

    static final List<String> JOURNEY_ARRIVALS = List.of("both", JourneyWorkload.WEBHOOK, JourneyWorkload.POLLING);

    static final String USAGE = """
            ./stillwater bench [workload] [options]   against the running platform (./stillwater up)
              workloads:
                all       (default) the ceilings, journey, writes, hop and every service's start-up: 1.5 to 2 minutes
                journey   N synthetic patients concurrently through the whole first month
                writes    session starts and completions at fixed arrival rates (open model), beside the bare-insert ceiling
                hop       event-hop latency per event type, for the events of a small journey cohort
                startup   each service's time from launch to first response and RSS after warm-up, alone
              options:
                --patients N         journey: synthetic patients (default 16; hop: 10)
                --concurrency N      journey: patients driven at once (default: all of them)
                --journey-arrivals webhook|polling|both
                                     journey: steps wait for events by webhook, or poll the REST API, or (default) both,
                                     a polling baseline cohort of the same size first, for the before and after
                --pharmacies N       reference-pharmacy workers in this process (default 3)
                --writes-patients N  writes: eligible patients prepared beforehand (default 24)
                --rates R,R,...      writes: arrival rates per endpoint, requests/s (default 100,200,400,800,1600)
                --stage-seconds S    writes: at least this long at each rate, rounds allowing; bare-insert: each rate's stream (default 2)
                --ceiling-seconds S  Kafka and PostgreSQL ceilings, and each generator of the load generator check: seconds each (default 2)
                --connections N      writes, bare-insert and the load generator check: connections per service, at most
                                     (default %d, up to %d); a request due while all are busy waits for one
                --long               a longer run: 100 patients, 300 prepared, 8 s per rate, 10 s ceilings
                --no-ceilings        skip the Kafka, PostgreSQL and bare-insert ceilings and the load generator check
                --no-startup         skip the start-up time and RSS of each service
                --no-profile         do not record JFR on the services
                --startup-java-options "OPTS"
                                     JVM options of the instances whose start-up is measured, {service} standing for
                                     the service's name (default: the launcher's for the Java it picks; the Java is
                                     the launcher's too: STILLWATER_SERVICE_JAVA_HOME=<jdk> picks another)
                --out DIR            where the report goes (default checks/benchmarks/results/<time>)
            """.formatted(LoadClient.DEFAULT_CONNECTIONS, MAX_CONNECTIONS);

    static Options parse(String[] args, Path defaultOut) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String workload = !rest.isEmpty() && !rest.get(0).startsWith("--") ? rest.remove(0) : "all";
        if (!WORKLOADS.contains(workload)) {
            throw new IllegalArgumentException("unknown workload '" + workload + "' (one of " + String.join(", ", WORKLOADS) + ")");
        }
        boolean longRun = rest.remove("--long");
        int patients = workload.equals("hop") ? 10 : longRun ? 100 : 16;
        int concurrency = 0;
        int pharmacies = 3;
        int writesPatients = longRun ? 300 : 24;
        List<Integer> rates = List.of(100, 200, 400, 800, 1600);
        double stageSeconds = longRun ? 8 : 2;
        double ceilingSeconds = longRun ? 10 : 2;
        boolean ceilings = true;
        boolean startup = true;
        boolean profile = true;
        String startupJavaOptions = SERVICE_JAVA_OPTIONS;
        Path out = defaultOut;
        String journeyArrivals = "both";
        int connections = LoadClient.DEFAULT_CONNECTIONS;
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            switch (option) {
                case "--no-ceilings" -> ceilings = false;
                case "--no-startup" -> startup = false;
                case "--no-profile" -> profile = false;
                case "--patients" -> patients = positive(option, value(rest, ++i, option));
                case "--concurrency" -> concurrency = positive(option, value(rest, ++i, option));
                case "--pharmacies" -> pharmacies = positive(option, value(rest, ++i, option));
                case "--writes-patients" -> writesPatients = positive(option, value(rest, ++i, option));
                case "--rates" -> rates = Arrays.stream(value(rest, ++i, option).split(","))
                        .map(rate -> positive(option, rate.trim())).toList();
                case "--stage-seconds" -> stageSeconds = seconds(option, value(rest, ++i, option));
                case "--ceiling-seconds" -> ceilingSeconds = seconds(option, value(rest, ++i, option));
                case "--startup-java-options" -> startupJavaOptions = value(rest, ++i, option).trim();
                case "--out" -> out = Path.of(value(rest, ++i, option)).toAbsolutePath();
                case "--connections" -> connections = wholeNumber(option, value(rest, ++i, option), MAX_CONNECTIONS);
                case "--journey-arrivals" -> journeyArrivals = oneOf(option, value(rest, ++i, option), JOURNEY_ARRIVALS);
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        return new Options(workload, patients, concurrency == 0 ? patients : concurrency, pharmacies, writesPatients, rates,
                stageSeconds, ceilingSeconds, ceilings, startup, profile, startupJavaOptions, out, journeyArrivals, SERVICE_JAVA.java(), connections);
    }

    boolean runs(String part) {
        return workload.equals("all") || workload.equals(part);
    }

    /** The journey's cohorts in the order they run: the polling baseline first, then the one by webhook. */
    List<String> journeyCohorts() {
        return journeyArrivals.equals("both") ? List.of(JourneyWorkload.POLLING, JourneyWorkload.WEBHOOK) : List.of(journeyArrivals);
    }

    private static String oneOf(String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ", was '" + value + "'");
        }
        return value;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int positive(String option, String value) {
        return wholeNumber(option, value, Integer.MAX_VALUE);
    }

    /** A whole number from 1 to {@code most}, in ASCII digits only (Integer.parseInt would also take "+16" and "１６"). */
    private static int wholeNumber(String option, String value, int most) {
        if (value.matches("[0-9]{1,10}")) {
            long number = Long.parseLong(value);
            if (number >= 1 && number <= most) {
                return (int) number;
            }
        }
        throw new IllegalArgumentException(option + (most == Integer.MAX_VALUE ? " must be a positive whole number"
                : " must be a whole number from 1 to " + most) + ", was '" + value + "'");
    }

    /** Seconds above 0 and at most {@link #MAX_SECONDS}, in ASCII digits with an optional decimal part ("Infinity", "1e3" and "0x1p3" are refused). */
    private static double seconds(String option, String value) {
        if (value.matches("[0-9]{1,5}(\\.[0-9]{1,6})?")) {
            double seconds = Double.parseDouble(value);
            if (seconds > 0 && seconds <= MAX_SECONDS) {
                return seconds;
            }
        }
        throw new IllegalArgumentException(option + " must be a number of seconds above 0 and at most " + (int) MAX_SECONDS + ", was '" + value + "'");
    }
}
