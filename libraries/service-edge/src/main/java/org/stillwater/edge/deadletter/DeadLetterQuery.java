package org.stillwater.edge.deadletter;

import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.messaging.deadletter.DeadLetterFilter;
import org.stillwater.messaging.deadletter.DeadLetterReason;
import org.stillwater.messaging.deadletter.DeadLetterStatus;

/**
 * The filters of {@code GET /api/v1/dead-letters}, each optional (an empty value is no filter; every given one must
 * hold). Read as text so that a value out of its set or shape is a 400 naming the parameter.
 */
public class DeadLetterQuery {

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9._-]{1,200}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    @QueryParam("status")
    @Parameter(description = "OPEN, REPLAYED or DISCARDED", schema = @Schema(implementation = DeadLetterStatus.class))
    String status;

    @QueryParam("topic")
    @Parameter(description = "the topic the record was consumed from, e.g. intake.events")
    String topic;

    @QueryParam("type")
    @Parameter(description = "the CloudEvents type, e.g. stillwater.EvaluationApproved.v1")
    String type;

    @QueryParam("patientId")
    @Parameter(description = "the patient the record is about", schema = @Schema(format = "uuid"))
    String patientId;

    @QueryParam("reason")
    @Parameter(description = "CONTRACT_VIOLATION or HANDLER_FAILURE", schema = @Schema(implementation = DeadLetterReason.class))
    String reason;

    /** @throws ProblemException 400 naming the first parameter that is out of its set or shape */
    public DeadLetterFilter filter() {
        return new DeadLetterFilter(
                absent(status) ? null : enumValue("status", status, DeadLetterStatus.class),
                text("topic", topic, TOPIC), text("type", type, EVENT_TYPE),
                absent(patientId) ? null : Ids.uuid("patientId", patientId),
                absent(reason) ? null : enumValue("reason", reason, DeadLetterReason.class));
    }

    private static boolean absent(String value) {
        return value == null || value.isEmpty();
    }

    private static String text(String parameter, String value, Pattern allowed) {
        if (absent(value)) {
            return null;
        }
        if (!allowed.matcher(value).matches()) {
            throw ProblemException.badRequest(parameter, "invalid-value", parameter + " must match " + allowed.pattern());
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest(parameter, "invalid-value", parameter + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
