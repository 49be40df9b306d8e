package org.stillwater.launcher.service;

/** The four services and their local ports (DESIGN §2). */
public enum ServiceName {
    INTAKE("intake", 8081),
    PRESCRIPTION("prescription", 8082),
    SESSION("session", 8083),
    CHECKIN("checkin", 8084);

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

    public String portVariable() {
        return "STILLWATER_" + name() + "_PORT";
    }
}
