package org.stillwater.messaging.deadletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which dead letters a list or a bulk replay is about; every criterion optional, all of them must hold.
 *
 * @param type the CloudEvents type, e.g. {@code stillwater.EvaluationApproved.v1}
 */
public record DeadLetterFilter(DeadLetterStatus status, String topic, String type, UUID patientId, DeadLetterReason reason) {

    /** The same criteria, restricted to open dead letters (the only ones a replay takes). */
    DeadLetterFilter open() {
        return new DeadLetterFilter(DeadLetterStatus.OPEN, topic, type, patientId, reason);
    }

    /** The SQL condition, with its named parameters in {@link #parameters()}. */
    String where() {
        List<String> conditions = new ArrayList<>();
        parameters().keySet().forEach(column -> conditions.add(column + " = :" + column));
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (status != null) {
            parameters.put("status", status.name());
        }
        if (topic != null) {
            parameters.put("source_topic", topic);
        }
        if (type != null) {
            parameters.put("event_type", type);
        }
        if (patientId != null) {
            parameters.put("patient_id", patientId);
        }
        if (reason != null) {
            parameters.put("reason", reason.name());
        }
        return parameters;
    }
}
