package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * How a journey learns that the platform has moved on before it reads the state it waits for: by the event that
 * announces it ({@link WebhookArrivals}: the demo, pushed by webhook-service), or not at all ({@link #polling()}: the
 * journey polls the REST API until the state is there, as the end-to-end tests, the fault suite and the benchmark's
 * baseline do).
 */
public interface Arrivals {

    /** An event a step waits for: its CloudEvents type and a condition on its {@code data}. */
    record Expected(String type, Predicate<JsonNode> data, String description) {

        /** {@code stillwater.<eventName>.v1}, any data. */
        public static Expected event(String eventName) {
            return new Expected("stillwater." + eventName + ".v1", data -> true, eventName);
        }

        /** {@code stillwater.<eventName>.v1} whose data's {@code kind} is {@code kind} (check-ins). */
        public static Expected event(String eventName, String kind) {
            return new Expected("stillwater." + eventName + ".v1", data -> data.path("kind").asText().equals(kind), eventName + " " + kind);
        }
    }

    /**
     * Returns the {@code data} of an event as {@code expected} about the patient once one has arrived that no earlier
     * call returned, or throws a {@link JourneyFailure} when the patience is exhausted first; empty when these arrivals
     * bring no events ({@link #polling()}).
     */
    Optional<JsonNode> await(UUID patientId, Expected expected, Patience patience);

    /**
     * Whether events arrive at all. A journey whose events arrive takes what they say (a check-in's id and due time,
     * the units delivered, the new dose) instead of reading it back, and keeps track of the simulated clock it moves
     * instead of reading it before every move.
     */
    default boolean bringEvents() {
        return true;
    }

    /** Never waits for an event: the journey polls for the state itself. */
    static Arrivals polling() {
        return new Arrivals() {
            @Override
            public Optional<JsonNode> await(UUID patientId, Expected expected, Patience patience) {
                return Optional.empty();
            }

            @Override
            public boolean bringEvents() {
                return false;
            }
        };
    }
}
