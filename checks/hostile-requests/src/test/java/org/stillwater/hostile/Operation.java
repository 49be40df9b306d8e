package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stillwater.launcher.service.ServiceName;

/**
 * One operation of a service's OpenAPI document, as the hostile requests need it.
 *
 * @param roles              the realm roles its security requirement names; empty when any authenticated caller may call it
 * @param documentedStatuses the response codes the document lists
 * @param body               the request body's schema, when it takes one
 */
record Operation(ServiceName service, String method, String path, List<Parameter> parameters, Optional<Schema> body,
                 Set<String> roles, Set<Integer> documentedStatuses) {

    record Parameter(String name, In in, Schema schema) {
    }

    enum In { PATH, QUERY }

    List<Parameter> parameters(In in) {
        return parameters.stream().filter(parameter -> parameter.in() == in).toList();
    }

    boolean allows(String role) {
        return roles.isEmpty() || roles.contains(role);
    }

    @Override
    public String toString() {
        return service.id() + " " + method + " " + path;
    }

    /** A schema of the document, with its {@code $ref}s resolved against the document's components. */
    record Schema(JsonNode node, JsonNode components) {

        Schema resolved() {
            JsonNode ref = node.get("$ref");
            if (ref == null) {
                return this;
            }
            String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
            return new Schema(components.path("schemas").path(name), components).resolved();
        }

        String type() {
            Schema resolved = resolved();
            if (resolved.node.has("type")) {
                return resolved.node.get("type").asText();
            }
            if (resolved.node.has("properties")) {
                return "object";
            }
            return node.path("type").asText("string");
        }

        Optional<String> text(String keyword) {
            JsonNode value = resolved().node.get(keyword);
            if (value == null) {
                value = node.get(keyword);
            }
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
        }

        Optional<Long> number(String keyword) {
            return text(keyword).map(value -> (long) Double.parseDouble(value));
        }

        List<String> enumValues() {
            JsonNode values = resolved().node.get("enum");
            return values == null ? List.of() : java.util.stream.StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
        }

        List<String> required() {
            JsonNode required = resolved().node.get("required");
            return required == null ? List.of() : java.util.stream.StreamSupport.stream(required.spliterator(), false).map(JsonNode::asText).toList();
        }

        List<String> propertyNames() {
            JsonNode properties = resolved().node.path("properties");
            List<String> names = new java.util.ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            return names;
        }

        Schema property(String name) {
            return new Schema(resolved().node.path("properties").path(name), components);
        }

        Schema items() {
            return new Schema(resolved().node.path("items"), components);
        }
    }
}
