package org.stillwater.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** An event that passed {@link ContractValidator}: its envelope and data honour the contract of its type. */
public record ValidatedEvent(EventType type, JsonNode envelope) {

    public UUID id() {
        return UUID.fromString(envelope.get("id").asText());
    }

    public String subject() {
        return envelope.get("subject").asText();
    }

    public Instant time() {
        return Instant.parse(envelope.get("time").asText());
    }

    public String source() {
        return envelope.get("source").asText();
    }

    /** The data as its contract record, e.g. {@code EvaluationApproved}. */
    public <T extends EventData> T data(Class<T> dataClass) {
        if (dataClass != type.dataClass()) {
            throw new IllegalArgumentException(type.eventName() + " has no " + dataClass.getSimpleName() + " data");
        }
        return EventJson.mapper().convertValue(envelope.get("data"), dataClass);
    }

    public EventData data() {
        return data(type.dataClass());
    }
}
