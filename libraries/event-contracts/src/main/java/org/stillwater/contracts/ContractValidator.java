package org.stillwater.contracts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks events against the JSON Schemas of this module: producers' tests assert with it, and consumers
 * use it to tell a poison message (dead-letter it) from one they can handle.
 */
public final class ContractValidator {

    private static final ContractValidator INSTANCE = new ContractValidator();

    private final JsonSchema envelopeSchema;
    private final Map<EventType, JsonSchema> dataSchemas = new EnumMap<>(EventType.class);

    private ContractValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        envelopeSchema = load(factory, config, "contracts/schemas/CloudEvent.v1.json");
        for (EventType type : EventType.values()) {
            dataSchemas.put(type, load(factory, config, type.schemaResource()));
        }
    }

    public static ContractValidator instance() {
        return INSTANCE;
    }

    /**
     * Every way the envelope and its data break the contract, in the schema validator's words (which quote the
     * event): for checking the events we produce. Empty when the event is valid.
     */
    public List<String> violations(JsonNode event) {
        List<String> envelopeErrors = messages(envelopeSchema.validate(event));
        if (!envelopeErrors.isEmpty()) {
            return envelopeErrors;
        }
        Optional<EventType> type = EventType.fromCloudEventType(event.get("type").asText());
        if (type.isEmpty()) {
            return List.of("unknown event type " + event.get("type").asText());
        }
        return dataViolations(type.get(), event.get("data"));
    }

    public List<String> dataViolations(EventType type, JsonNode data) {
        return messages(dataSchemas.get(type).validate(data)).stream().map(m -> type.eventName() + ": " + m).toList();
    }

    /**
     * Reads a structured-mode CloudEvent and checks it against the contracts. The violation's message names only
     * what the contracts define (the broken schema keyword, where in the schema, a missing required property), never
     * text of the record: a consumed record may carry anything, and the message reaches logs and operators.
     *
     * @throws ContractViolation when the text is not JSON, the envelope is malformed, the type unknown or the data invalid
     */
    public ValidatedEvent parse(String json) {
        JsonNode event;
        try {
            event = EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ContractViolation(at == null ? "not JSON" : "not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (event == null || !event.isObject()) {
            throw new ContractViolation("not a JSON object");
        }
        Set<ValidationMessage> envelopeErrors = envelopeSchema.validate(event);
        if (!envelopeErrors.isEmpty()) {
            throw new ContractViolation("envelope: " + described(envelopeErrors));
        }
        Optional<EventType> type = EventType.fromCloudEventType(event.get("type").asText());
        if (type.isEmpty()) {
            throw new ContractViolation("unknown event type");
        }
        Set<ValidationMessage> dataErrors = dataSchemas.get(type.get()).validate(event.get("data"));
        if (!dataErrors.isEmpty()) {
            throw new ContractViolation(type.get().eventName() + ": " + described(dataErrors));
        }
        return new ValidatedEvent(type.get(), event);
    }

    /** Each broken keyword at its place in the schema, e.g. {@code required 'unitsDelivered' at $.required}. */
    private static String described(Set<ValidationMessage> validation) {
        return validation.stream()
                .map(message -> message.getType()
                        + ("required".equals(message.getType()) ? " '" + message.getProperty() + "'" : "")
                        + " at " + message.getEvaluationPath())
                .sorted().distinct().collect(Collectors.joining("; "));
    }

    private static List<String> messages(Set<ValidationMessage> validation) {
        return validation.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, String resource) {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract schema " + resource);
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
