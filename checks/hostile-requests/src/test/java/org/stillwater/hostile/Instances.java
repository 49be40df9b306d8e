package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Valid instances of a schema: every required property, some optional ones, values inside the documented bounds.
 * A pattern is matched whole where a candidate allows it (Bean Validation's {@code @Pattern}), else found in the
 * value (the {@code \\S} SmallRye OpenAPI writes for {@code @NotBlank}).
 */
final class Instances {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;
    private static final List<String> WORDS = List.of("Alex", "Sam Example", "1 Main St", "Sacramento", "sibling", "CA", "TX",
            "nausea", "UPS", "1Z999AA10123456784", "LOT-42", "AB", "felt calm", "+1 555 0100", "95814", "sunrise");

    private Instances() {
    }

    static JsonNode of(Operation.Schema schema, SplittableRandom random) {
        return of(schema, random, 0);
    }

    private static JsonNode of(Operation.Schema schema, SplittableRandom random, int depth) {
        return switch (schema.type()) {
            case "object" -> object(schema, random, depth);
            case "array" -> array(schema, random, depth);
            case "integer" -> NODES.numberNode(integer(schema, random));
            case "number" -> NODES.numberNode(integer(schema, random));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema, random));
        };
    }

    private static ObjectNode object(Operation.Schema schema, SplittableRandom random, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        List<String> required = schema.required();
        for (String name : schema.propertyNames()) {
            if (required.contains(name) || random.nextBoolean()) {
                object.set(name, of(schema.property(name), random, depth + 1));
            }
        }
        return object;
    }

    private static ArrayNode array(Operation.Schema schema, SplittableRandom random, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.number("minItems").orElse(0L).intValue();
        int max = schema.number("maxItems").map(Long::intValue).orElse(min + 2);
        int size = min + random.nextInt(Math.max(1, Math.min(max, min + 2) - min + 1));
        for (int i = 0; i < size && depth < MAX_DEPTH; i++) {
            array.add(of(schema.items(), random, depth + 1));
        }
        return array;
    }

    static long integer(Operation.Schema schema, SplittableRandom random) {
        long min = schema.number("minimum").orElse(0L);
        long max = schema.number("maximum").orElse(min + 10);
        return min + random.nextLong(Math.max(1, Math.min(max - min, 1000) + 1));
    }

    static String text(Operation.Schema schema, SplittableRandom random) {
        List<String> allowed = schema.enumValues();
        if (!allowed.isEmpty()) {
            return allowed.get(random.nextInt(allowed.size()));
        }
        switch (schema.text("format").orElse("")) {
            case "date" -> {
                return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)).toString();
            }
            case "date-time" -> {
                return Instant.now().minus(random.nextInt(48), ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            }
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "duration" -> {
                return List.of("PT1H", "PT30M", "P1D").get(random.nextInt(3));
            }
            case "uri" -> {
                return "https://partner.example/hooks/" + random.nextInt(100);
            }
            default -> {
                int min = schema.number("minLength").orElse(1L).intValue();
                int max = schema.number("maxLength").orElse(200L).intValue();
                Pattern pattern = schema.text("pattern").map(Pattern::compile).orElse(null);
                int offset = random.nextInt(WORDS.size());
                for (boolean whole : new boolean[] {true, false}) {
                    for (int i = 0; i < WORDS.size(); i++) {
                        String candidate = WORDS.get((offset + i) % WORDS.size());
                        if (candidate.length() >= min && candidate.length() <= max && (pattern == null
                                || (whole ? pattern.matcher(candidate).matches() : pattern.matcher(candidate).find()))) {
                            return candidate;
                        }
                    }
                }
                return "x".repeat(Math.max(min, 1));
            }
        }
    }
}
