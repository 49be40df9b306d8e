package org.stillwater.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventContractsTest {

    private final ContractValidator validator = ContractValidator.instance();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaPropertiesAreExactlyTheRecordComponents(EventType type) throws IOException {
        JsonNode schema = schema(type);
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(type.dataClass().getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(components, properties);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRequiresEveryComponentNotMarkedNullable(EventType type) throws IOException {
        Set<String> required = new TreeSet<>();
        schema(type).get("required").forEach(name -> required.add(name.asText()));
        Set<String> nonNullable = Arrays.stream(type.dataClass().getRecordComponents())
                .filter(component -> !component.isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(nonNullable, required);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aWellFormedEventOfEachTypeIsValid(EventType type) {
        String json = SampleEvents.cloudEvent(type, SampleEvents.all().get(type));
        ValidatedEvent event = validator.parse(json);
        assertEquals(type, event.type());
        assertEquals(SampleEvents.PATIENT.toString(), event.subject());
        assertEquals(SampleEvents.all().get(type).getClass(), event.data().getClass());
    }

    @Test
    void everyEventOfTheCatalogHasASample() {
        assertEquals(EventType.values().length, SampleEvents.all().size());
    }

    @Test
    void cloudEventTypeFollowsTheDesignNaming() {
        assertEquals("stillwater.EvaluationApproved.v1", EventType.EVALUATION_APPROVED.cloudEventType());
        assertEquals(EventType.SHIPMENT_REQUESTED, EventType.fromCloudEventType("stillwater.ShipmentRequested.v1").orElseThrow());
    }

    @Test
    void textThatIsNotJsonIsAContractViolation() {
        assertThrows(ContractViolation.class, () -> validator.parse("{not json"));
    }

    @Test
    void anEnvelopeWithoutIdIsAContractViolation() {
        ObjectNode event = envelope(EventType.SHIPMENT_DELIVERED);
        event.remove("id");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(event.toString()));
        assertTrue(violation.getMessage().contains("id"), violation.getMessage());
    }

    @Test
    void anUnknownEventTypeIsAContractViolation() {
        ObjectNode event = envelope(EventType.SHIPMENT_DELIVERED);
        event.put("type", "stillwater.SomethingElse.v1");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(event.toString()));
        assertTrue(violation.getMessage().contains("unknown event type"), violation.getMessage());
    }

    @Test
    void dataMissingARequiredFieldIsAContractViolation() {
        ObjectNode event = envelope(EventType.SHIPMENT_DELIVERED);
        ((ObjectNode) event.get("data")).remove("unitsDelivered");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(event.toString()));
        assertTrue(violation.getMessage().contains("unitsDelivered"), violation.getMessage());
    }

    @Test
    void dataWithAValueOutsideItsEnumIsAContractViolation() {
        ObjectNode event = envelope(EventType.ADVERSE_EVENT_REPORTED);
        ((ObjectNode) event.get("data")).put("severity", "CATASTROPHIC");
        assertFalse(validator.violations(event).isEmpty());
    }

    @Test
    void aViolationOfTextThatIsNotJsonDoesNotQuoteTheText() {
        String confided = "Robin_told_me_she_plans_to_overdose_call_916_555_0101";
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(confided + " rest"));
        assertTrue(violation.getMessage().startsWith("not JSON"), violation.getMessage());
        assertFalse(violation.getMessage().contains("overdose"), violation.getMessage());
    }

    @Test
    void aViolationOfAnUndefinedDataPropertyDoesNotNameIt() {
        ObjectNode event = envelope(EventType.SESSION_COMPLETED);
        ((ObjectNode) event.get("data")).put("Robin has a plan to overdose", "call her sister");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(event.toString()));
        assertTrue(violation.getMessage().contains("additionalProperties"), violation.getMessage());
        assertFalse(violation.getMessage().contains("overdose") || violation.getMessage().contains("sister"), violation.getMessage());
    }

    @Test
    void aViolationOfAValueOutsideItsEnumDoesNotQuoteTheValue() {
        ObjectNode event = envelope(EventType.ADVERSE_EVENT_REPORTED);
        ((ObjectNode) event.get("data")).put("severity", "she said she wants to end her life");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(event.toString()));
        assertTrue(violation.getMessage().contains("severity"), violation.getMessage());
        assertFalse(violation.getMessage().contains("end her life"), violation.getMessage());
    }

    @Test
    void aViolationOfAnUnknownTypeDoesNotQuoteTheType() {
        ObjectNode event = envelope(EventType.SHIPMENT_DELIVERED);
        event.put("type", "Robin.plans.to.overdose");
        ContractViolation violation = assertThrows(ContractViolation.class, () -> validator.parse(event.toString()));
        assertFalse(violation.getMessage().contains("overdose"), violation.getMessage());
    }

    @Test
    void theAsyncApiDocumentNamesEveryEventOnItsTopic() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = resource("contracts/asyncapi.yaml")) {
            asyncApi = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(in);
        }
        Set<String> documented = new HashSet<>();
        asyncApi.get("channels").forEach(channel -> channel.get("messages").fieldNames()
                .forEachRemaining(message -> documented.add(channel.get("address").asText() + "/" + message)));
        Set<String> catalog = Arrays.stream(EventType.values())
                .map(type -> type.topic() + "/" + type.eventName())
                .collect(Collectors.toSet());
        assertEquals(catalog, documented);
    }

    private ObjectNode envelope(EventType type) {
        return (ObjectNode) EventJson.tree(
                CloudEvent.of(java.util.UUID.randomUUID(), "test", type, SampleEvents.PATIENT.toString(), SampleEvents.NOW, SampleEvents.all().get(type)));
    }

    private static JsonNode schema(EventType type) throws IOException {
        try (InputStream in = resource(type.schemaResource())) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        return in;
    }
}
