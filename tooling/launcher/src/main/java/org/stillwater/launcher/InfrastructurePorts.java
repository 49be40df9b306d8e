package org.stillwater.launcher;

import org.stillwater.launcher.process.Ports;

/** The infrastructure's loopback ports: fixed defaults for the run command, free ones for tests. */
public record InfrastructurePorts(int postgres, int kafka, int kafkaController, int keycloak) {

    /** DESIGN §2 defaults (PostgreSQL is not named there: 5433, to stay clear of a local server on 5432). */
    public static InfrastructurePorts defaults() {
        return new InfrastructurePorts(
                fromEnvironment("STILLWATER_POSTGRES_PORT", 5433),
                fromEnvironment("STILLWATER_KAFKA_PORT", 9092),
                fromEnvironment("STILLWATER_KAFKA_CONTROLLER_PORT", 9093),
                fromEnvironment("STILLWATER_KEYCLOAK_PORT", 8180));
    }

    public static InfrastructurePorts free() {
        return new InfrastructurePorts(Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    public void requireFree() {
        Ports.requireFree(postgres, "PostgreSQL", "STILLWATER_POSTGRES_PORT");
        Ports.requireFree(kafka, "Kafka", "STILLWATER_KAFKA_PORT");
        Ports.requireFree(kafkaController, "Kafka controller", "STILLWATER_KAFKA_CONTROLLER_PORT");
        Ports.requireFree(keycloak, "Keycloak", "STILLWATER_KEYCLOAK_PORT");
    }

    static int fromEnvironment(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, was '" + value + "'");
        }
    }
}
