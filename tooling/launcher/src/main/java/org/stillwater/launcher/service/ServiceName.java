package org.stillwater.launcher.service;

/** The five services and their local ports (DESIGN §2; webhook-service, issue 16, on the next port). */
public enum ServiceName {
    INTAKE("intake", 8081),
    PRESCRIPTION("prescription", 8082),
    SESSION("session", 8083),
    CHECKIN("checkin", 8084),
    WEBHOOK("webhook", 8085);

    private final String id;
    private final int defaultPort;

    ServiceName(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** Also the service's database, its Kafka consumer group and the prefix of its dead-letter topic. */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /**
     * Whether the service serves clinical records at {@code /fhir/r4} (what intake-service's
     * {@code Patient/{id}/$everything} gathers): the four clinical services; webhook-service holds no records of its own.
     */
    public boolean servesFhir() {
        return this != WEBHOOK;
    }

    public String portVariable() {
        return "STILLWATER_" + name() + "_PORT";
    }
}
