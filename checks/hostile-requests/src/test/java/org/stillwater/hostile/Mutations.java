package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.stillwater.hostile.Body.Location;
import org.stillwater.hostile.Body.Mutation;
import org.stillwater.hostile.Part.Hostility;

/** What a hostile client does to a valid body: wrong types, numbers out of range, broken text, broken JSON. */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONE_SURROGATE = "\uE001";
    private static final List<String> UNICODE = List.of("Zoë", "😀 fine", "\u202Eevil", "e\u0301", "a\u200Bb", "中文", "ﬁ", "Ａｌｅｘ", "𝄞");

    private Mutations() {
    }

    /** Each kind says where it applies and whether a request carrying it must be refused. */
    enum Kind {
        FLOAT_FOR_INTEGER("float for an integer", Hostility.INVALID),
        WHOLE_FLOAT_FOR_INTEGER("1.0 for an integer", Hostility.INVALID),
        STRING_FOR_NUMBER("string for a number", Hostility.INVALID),
        NUMBER_FOR_BOOLEAN("number for a boolean", Hostility.INVALID),
        STRING_FOR_BOOLEAN("string for a boolean", Hostility.INVALID),
        NUMBER_FOR_STRING("number for a string", Hostility.INVALID),
        BOOLEAN_FOR_STRING("boolean for a string", Hostility.INVALID),
        ARRAY_FOR_SCALAR("array for a single value", Hostility.INVALID),
        OBJECT_FOR_SCALAR("object for a single value", Hostility.INVALID),
        SCALAR_FOR_ARRAY("single value for an array", Hostility.INVALID),
        SCALAR_FOR_OBJECT("single value for an object", Hostility.INVALID),
        NULL_FOR_REQUIRED("null for a required field", Hostility.INVALID),
        MISSING_REQUIRED("required field left out", Hostility.INVALID),
        NULL_FOR_OPTIONAL("null for an optional field", Hostility.UNUSUAL),
        UNKNOWN_ENUM("unknown enum value", Hostility.INVALID),
        LOWER_CASE_ENUM("enum value in lower case", Hostility.INVALID),
        BELOW_MINIMUM("number below its minimum", Hostility.INVALID),
        ABOVE_MAXIMUM("number above its maximum", Hostility.INVALID),
        BEYOND_INT32("number beyond 32 bits", Hostility.INVALID),
        HUGE_NUMBER("400-digit number", Hostility.INVALID),
        TOO_LONG("string beyond its maxLength", Hostility.INVALID),
        HUGE_STRING("20 kB string", Hostility.UNUSUAL),
        TOO_MANY_ITEMS("array beyond its maxItems", Hostility.INVALID),
        TOO_FEW_ITEMS("array below its minItems", Hostility.INVALID),
        NUL_IN_STRING("NUL in a string", Hostility.INVALID),
        LONE_SURROGATE_IN_STRING("lone surrogate in a string", Hostility.INVALID),
        INVALID_UTF8("bytes that are not UTF-8", Hostility.INVALID),
        PATTERN_MISMATCH("string off its pattern or format", Hostility.INVALID),
        UNICODE_TEXT("unicode text", Hostility.UNUSUAL),
        DEEP_NESTING("5000-deep nesting", Hostility.INVALID),
        UNKNOWN_FIELD("unknown field", Hostility.INVALID),
        DUPLICATE_KEY("duplicate key", Hostility.INVALID),
        TRUNCATED("truncated JSON", Hostility.INVALID),
        TRAILING_GARBAGE("text after the JSON", Hostility.INVALID),
        EMPTY_BODY("empty body", Hostility.INVALID),
        NULL_BODY("null body", Hostility.INVALID),
        WRONG_CONTENT_TYPE("text/plain body", Hostility.INVALID);

        private final String label;
        private final Hostility hostility;

        Kind(String label, Hostility hostility) {
            this.label = label;
            this.hostility = hostility;
        }

        String label() {
            return label;
        }

        Hostility hostility() {
            return hostility;
        }

        JsonNode applyToTree(JsonNode tree, Mutation mutation) {
            return switch (this) {
                case MISSING_REQUIRED -> Body.replace(tree, mutation.pointer(), null);
                case UNKNOWN_FIELD -> {
                    if (tree.at(mutation.pointer()) instanceof ObjectNode object) {
                        object.set("unexpectedField", mutation.replacement());
                    }
                    yield tree;
                }
                case DUPLICATE_KEY, DEEP_NESTING, TRUNCATED, TRAILING_GARBAGE, EMPTY_BODY, NULL_BODY, WRONG_CONTENT_TYPE -> tree;
                default -> Body.replace(tree, mutation.pointer(), mutation.replacement());
            };
        }

        /** The JSON text after this mutation; {@code null} for no bytes at all. */
        String applyToText(String json, Mutation mutation) {
            if (json == null) {
                return null;
            }
            return switch (this) {
                case TRUNCATED -> json.substring(0, Math.min(json.length() - 1, mutation.replacement().asInt()));
                case TRAILING_GARBAGE -> json + mutation.replacement().asText();
                case EMPTY_BODY -> null;
                case NULL_BODY -> "null";
                case LONE_SURROGATE_IN_STRING -> json.replace(LONE_SURROGATE, "\\ud800");
                default -> json;
            };
        }
    }

    /** A mutation that fits the location, chosen at random; empty when none does. */
    static Optional<Mutation> at(Location location, SplittableRandom random) {
        List<Kind> fitting = Arrays.stream(Kind.values()).filter(kind -> fits(kind, location)).toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        Kind kind = fitting.get(random.nextInt(fitting.size()));
        return Optional.of(new Mutation(kind, location.pointer(), replacement(kind, location, random)));
    }

    private static boolean fits(Kind kind, Location location) {
        Operation.Schema schema = location.schema();
        String type = schema.type();
        boolean root = location.pointer().isEmpty();
        boolean property = !root && !location.pointer().matches(".*/\\d+$");
        boolean plainString = type.equals("string") && schema.enumValues().isEmpty() && schema.text("format").isEmpty()
                && schema.text("pattern").isEmpty();
        boolean scalar = !type.equals("object") && !type.equals("array");
        return switch (kind) {
            case FLOAT_FOR_INTEGER, WHOLE_FLOAT_FOR_INTEGER, BEYOND_INT32, HUGE_NUMBER -> type.equals("integer");
            case STRING_FOR_NUMBER -> type.equals("integer") || type.equals("number");
            case NUMBER_FOR_BOOLEAN, STRING_FOR_BOOLEAN -> type.equals("boolean");
            case NUMBER_FOR_STRING, BOOLEAN_FOR_STRING, NUL_IN_STRING, LONE_SURROGATE_IN_STRING, INVALID_UTF8 -> type.equals("string");
            case ARRAY_FOR_SCALAR, OBJECT_FOR_SCALAR -> scalar;
            case SCALAR_FOR_ARRAY -> type.equals("array");
            case SCALAR_FOR_OBJECT -> type.equals("object");
            case NULL_FOR_REQUIRED, MISSING_REQUIRED -> property && location.required();
            case NULL_FOR_OPTIONAL -> property && !location.required();
            case UNKNOWN_ENUM, LOWER_CASE_ENUM -> !schema.enumValues().isEmpty();
            case BELOW_MINIMUM -> schema.number("minimum").isPresent() && !type.equals("string");
            case ABOVE_MAXIMUM -> schema.number("maximum").isPresent() && !type.equals("string");
            case TOO_LONG -> type.equals("string") && schema.number("maxLength").isPresent() && schema.enumValues().isEmpty();
            case HUGE_STRING, UNICODE_TEXT -> plainString && schema.number("maxLength").isEmpty() == (kind == Kind.HUGE_STRING);
            case TOO_MANY_ITEMS -> type.equals("array") && schema.number("maxItems").isPresent();
            case TOO_FEW_ITEMS -> type.equals("array") && schema.number("minItems").orElse(0L) > 0;
            case PATTERN_MISMATCH -> type.equals("string") && (schema.text("pattern").isPresent() || schema.text("format").isPresent());
            case DEEP_NESTING -> !root;
            case UNKNOWN_FIELD, DUPLICATE_KEY -> type.equals("object") && (kind == Kind.UNKNOWN_FIELD || location.value().size() > 0);
            case TRUNCATED, TRAILING_GARBAGE, EMPTY_BODY, NULL_BODY, WRONG_CONTENT_TYPE -> root;
        };
    }

    private static JsonNode replacement(Kind kind, Location location, SplittableRandom random) {
        Operation.Schema schema = location.schema();
        JsonNode value = location.value();
        return switch (kind) {
            case FLOAT_FOR_INTEGER -> NODES.numberNode(new BigDecimal(value.asLong() + "." + (1 + random.nextInt(9))));
            case WHOLE_FLOAT_FOR_INTEGER -> NODES.numberNode(new BigDecimal(value.asLong() + ".0"));
            case STRING_FOR_NUMBER -> NODES.textNode(value.asText());
            case NUMBER_FOR_BOOLEAN -> NODES.numberNode(random.nextInt(2));
            case STRING_FOR_BOOLEAN -> NODES.textNode(List.of("true", "false", "yes", "1").get(random.nextInt(4)));
            case NUMBER_FOR_STRING -> NODES.numberNode(random.nextInt(1000));
            case BOOLEAN_FOR_STRING -> NODES.booleanNode(random.nextBoolean());
            case ARRAY_FOR_SCALAR -> NODES.arrayNode().add(value);
            case OBJECT_FOR_SCALAR -> NODES.objectNode().set("value", value);
            case SCALAR_FOR_ARRAY -> value.size() > 0 ? value.get(0) : NODES.numberNode(1);
            case SCALAR_FOR_OBJECT -> NODES.textNode("x");
            case NULL_FOR_REQUIRED, NULL_FOR_OPTIONAL -> NODES.nullNode();
            case UNKNOWN_ENUM -> NODES.textNode("NOT_" + value.asText());
            case LOWER_CASE_ENUM -> NODES.textNode(value.asText().toLowerCase(Locale.ROOT) + (value.asText().equals(value.asText().toLowerCase(Locale.ROOT)) ? "x" : ""));
            case BELOW_MINIMUM -> NODES.numberNode(schema.number("minimum").orElseThrow() - 1 - random.nextInt(3));
            case ABOVE_MAXIMUM -> NODES.numberNode(schema.number("maximum").orElseThrow() + 1 + random.nextInt(3));
            case BEYOND_INT32 -> NODES.numberNode(List.of(2_147_483_648L, -2_147_483_649L, Long.MAX_VALUE).get(random.nextInt(3)));
            case HUGE_NUMBER -> NODES.numberNode(new BigInteger("9".repeat(400)));
            case TOO_LONG -> NODES.textNode("x".repeat(schema.number("maxLength").orElseThrow().intValue() + 1 + random.nextInt(3)));
            case HUGE_STRING -> NODES.textNode("y".repeat(20_000));
            case TOO_MANY_ITEMS -> {
                var array = NODES.arrayNode();
                int size = schema.number("maxItems").orElseThrow().intValue() + 1;
                for (int i = 0; i < size; i++) {
                    array.add(value.size() > 0 ? value.get(i % value.size()) : Instances.of(schema.items(), random));
                }
                yield array;
            }
            case TOO_FEW_ITEMS -> {
                var array = NODES.arrayNode();
                for (int i = 0; i < value.size() - 1; i++) {
                    array.add(value.get(i));
                }
                yield array;
            }
            case NUL_IN_STRING -> NODES.textNode(List.of("\0", "a\0b", value.asText() + "\0").get(random.nextInt(3)));
            case LONE_SURROGATE_IN_STRING -> NODES.textNode("a" + LONE_SURROGATE);
            case INVALID_UTF8 -> NODES.textNode("a" + Body.MARKER_INVALID_UTF8 + "b");
            case PATTERN_MISMATCH -> NODES.textNode(offPattern(schema));
            case UNICODE_TEXT -> NODES.textNode(fitting(UNICODE.get(random.nextInt(UNICODE.size())), schema));
            case DEEP_NESTING -> NODES.textNode(random.nextBoolean() ? "[".repeat(5000) + "]".repeat(5000)
                    : "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
            case UNKNOWN_FIELD -> NODES.numberNode(1);
            case DUPLICATE_KEY -> NODES.textNode(value.fieldNames().next());
            case TRUNCATED -> NODES.numberNode(random.nextInt(Math.max(1, value.toString().length() - 1)));
            case TRAILING_GARBAGE -> NODES.textNode(List.of(" x", "{}", ",", " null", "]").get(random.nextInt(5)));
            case MISSING_REQUIRED, EMPTY_BODY, NULL_BODY, WRONG_CONTENT_TYPE -> NODES.nullNode();
        };
    }

    /** A value no pattern of the documents accepts (a single space), or one its format cannot parse. */
    private static String offPattern(Operation.Schema schema) {
        if (schema.text("pattern").isPresent()) {
            return " ";
        }
        return switch (schema.text("format").orElse("")) {
            case "date" -> "1990-02-30";
            case "date-time" -> "2026-13-01T25:00:00Z";
            case "uuid" -> "12-34";
            case "duration" -> "P";
            case "uri" -> "::";
            default -> " ";
        };
    }

    private static String fitting(String text, Operation.Schema schema) {
        int max = schema.number("maxLength").orElse((long) text.length()).intValue();
        return text.length() <= max ? text : text.substring(0, Math.max(0, max));
    }
}
