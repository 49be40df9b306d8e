package org.stillwater.contracts;

import java.util.List;

/** The Kafka topics of DESIGN §4. Record key is always the patient id, so one patient's events stay in order. */
public final class Topics {

    public static final String INTAKE_EVENTS = "intake.events";
    public static final String PRESCRIPTION_EVENTS = "prescription.events";
    public static final String PHARMACY_SHIPMENTS = "pharmacy.shipments";
    public static final String SESSION_EVENTS = "session.events";
    public static final String CHECKIN_EVENTS = "checkin.events";

    /** The services: each has its database and its dead-letter topic (webhook-service consumes, it publishes no events). */
    public static final List<String> SERVICES = List.of("intake", "prescription", "session", "checkin", "webhook");

    /** Partitions per topic: the most consumer instances an operator can usefully scale a service to. */
    public static final int PARTITIONS = 6;

    private Topics() {
    }

    public static List<String> eventTopics() {
        return List.of(INTAKE_EVENTS, PRESCRIPTION_EVENTS, PHARMACY_SHIPMENTS, SESSION_EVENTS, CHECKIN_EVENTS);
    }

    public static String deadLetterTopic(String service) {
        return service + ".dlq";
    }

    /** Every topic the platform uses: the event topics and one dead-letter topic per service. */
    public static List<String> all() {
        var all = new java.util.ArrayList<>(eventTopics());
        SERVICES.forEach(service -> all.add(deadLetterTopic(service)));
        return List.copyOf(all);
    }
}
