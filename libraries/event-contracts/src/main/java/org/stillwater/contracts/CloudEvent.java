package org.stillwater.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * CloudEvents 1.0 envelope in structured JSON mode. {@code id} is the consumers' dedupe key,
 * {@code subject} the patient id (also the Kafka record key).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static <T> CloudEvent<T> of(UUID id, String source, EventType type, String patientId, Instant time, T data) {
        return new CloudEvent<>(SPEC_VERSION, id, source, type.cloudEventType(), patientId, time, JSON, data);
    }
}
