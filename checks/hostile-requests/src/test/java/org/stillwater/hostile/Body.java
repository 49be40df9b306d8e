package org.stillwater.hostile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stillwater.hostile.Part.Hostility;

/**
 * A request body: a valid instance of the operation's schema, then the mutations applied to it. Kept as the
 * instance and its mutations (not as bytes) so that a counterexample can be shrunk part by part.
 *
 * @param base      a valid instance of the schema, or absent for an operation without a body
 * @param mutations what was done to it, in order
 */
record Body(Optional<JsonNode> base, List<Mutation> mutations) {

    static final String MARKER_INVALID_UTF8 = "\uE000";
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28};

    static Body none() {
        return new Body(Optional.empty(), List.of());
    }

    /**
     * One change to the valid instance.
     *
     * @param kind        what kind of change
     * @param pointer     where (a JSON pointer into the instance; empty for the whole body)
     * @param replacement the new value, for the kinds that replace or add one
     */
    record Mutation(Mutations.Kind kind, String pointer, JsonNode replacement) {

        @Override
        public String toString() {
            return kind.label() + (pointer.isEmpty() ? "" : " at " + pointer);
        }
    }

    Hostility hostility() {
        return mutations.stream().map(mutation -> mutation.kind().hostility())
                .reduce(Hostility.NONE, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
    }

    /** The kinds of mutation, or {@code valid}. */
    String kind() {
        return mutations.isEmpty() ? "valid body" : mutations.stream().map(mutation -> mutation.kind().label())
                .distinct().sorted().collect(Collectors.joining(" + "));
    }

    String contentType() {
        return mutations.stream().anyMatch(mutation -> mutation.kind() == Mutations.Kind.WRONG_CONTENT_TYPE)
                ? "text/plain" : "application/json";
    }

    /** The bytes to send; empty for an operation without a body. */
    Optional<byte[]> bytes() {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        JsonNode tree = base.get().deepCopy();
        for (Mutation mutation : mutations) {
            tree = mutation.kind().applyToTree(tree, mutation);
        }
        StringBuilder text = new StringBuilder();
        write(tree, "", text);
        String json = text.toString();
        for (Mutation mutation : mutations) {
            json = mutation.kind().applyToText(json, mutation);
        }
        if (json == null) {
            return Optional.of(new byte[0]);
        }
        return Optional.of(withInvalidUtf8(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the tree as JSON, with the text-level mutations (a duplicate key, raw nesting, bytes that are not UTF-8) at their place. */
    private void write(JsonNode node, String pointer, StringBuilder out) {
        Optional<Mutation> raw = at(pointer, Mutations.Kind.DEEP_NESTING);
        if (raw.isPresent()) {
            out.append(raw.get().replacement().asText());
            return;
        }
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            Optional<Mutation> duplicate = at(pointer, Mutations.Kind.DUPLICATE_KEY);
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (duplicate.isPresent() && duplicate.get().replacement().asText().equals(field.getKey())) {
                    out.append(TextNode.valueOf(field.getKey())).append(':');
                    write(field.getValue(), pointer + "/" + escape(field.getKey()), out);
                    out.append(',');
                }
                out.append(TextNode.valueOf(field.getKey())).append(':');
                write(field.getValue(), pointer + "/" + escape(field.getKey()), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), pointer + "/" + i, out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    private Optional<Mutation> at(String pointer, Mutations.Kind kind) {
        return mutations.stream().filter(mutation -> mutation.kind() == kind && mutation.pointer().equals(pointer)).findFirst();
    }

    private static byte[] withInvalidUtf8(byte[] utf8) {
        byte[] marker = MARKER_INVALID_UTF8.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            if (i + marker.length <= utf8.length && java.util.Arrays.equals(utf8, i, i + marker.length, marker, 0, marker.length)) {
                out.writeBytes(INVALID_UTF8);
                i += marker.length - 1;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Replaces (or, with {@code null}, removes) the node at {@code pointer}; the root is replaced by returning the new value. */
    static JsonNode replace(JsonNode tree, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value == null ? JsonNodeFactory.instance.missingNode() : value;
        }
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (index < array.size()) {
                if (value == null) {
                    array.remove(index);
                } else {
                    array.set(index, value);
                }
            }
        }
        return tree;
    }

    /** Every place in an instance with the schema that describes it, for choosing where to mutate. */
    static List<Location> locations(JsonNode instance, Operation.Schema schema) {
        List<Location> locations = new ArrayList<>();
        collect(instance, schema, "", false, locations);
        return locations;
    }

    record Location(String pointer, Operation.Schema schema, JsonNode value, boolean required) {
    }

    private static void collect(JsonNode node, Operation.Schema schema, String pointer, boolean required, List<Location> out) {
        out.add(new Location(pointer, schema, node, required));
        if (node.isObject()) {
            List<String> requiredNames = schema.required();
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), schema.property(name),
                    pointer + "/" + escape(name), requiredNames.contains(name), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), schema.items(), pointer + "/" + i, true, out);
            }
        }
    }
}
