package org.stillwater.edge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A field that is also accepted under another name ({@code @JsonAlias}) may be given once: Jackson would read both
 * names and keep the last one silently, so {@code {"quantityPerFill": 8, "quantity": 100}} would prescribe 100. Both
 * names in one object is refused like a repeated key (400 {@code duplicate-field} naming the field).
 */
class OneNamePerField extends DelegatingDeserializer {

    /** Every name and alias of an aliased field, to the field's own name. */
    private final Map<String, String> fieldOf;

    OneNamePerField(JsonDeserializer<?> delegate, Map<String, String> fieldOf) {
        super(delegate);
        this.fieldOf = fieldOf;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new OneNamePerField(newDelegatee, fieldOf);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            return super.deserialize(parser, context);
        }
        // the object's tokens as read (numbers exact), so the aliased names are checked before any value is bound
        TokenBuffer object = context.bufferAsCopyOfValue(parser);
        try (JsonParser keys = object.asParser()) {
            keys.nextToken();
            Map<String, String> given = new HashMap<>();
            while (keys.nextToken() == JsonToken.FIELD_NAME) {
                String name = keys.currentName();
                String field = fieldOf.get(name);
                if (field != null && given.putIfAbsent(field, name) != null) {
                    throw MismatchedInputException.from(keys, handledType(), "Duplicate field '" + field
                            + "' (given as '" + given.get(field) + "' and as '" + name + "')");
                }
                keys.nextToken();
                keys.skipChildren();
            }
        }
        JsonParser replay = object.asParserOnFirstToken();
        return super.deserialize(replay, context);
    }

    /** Wraps the deserializer of every type that has a field with an alias. */
    static class ForAliasedFields extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Map<String, String> fieldOf = new HashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                for (PropertyName alias : property.findAliases()) {
                    fieldOf.put(alias.getSimpleName(), property.getName());
                    fieldOf.put(property.getName(), property.getName());
                }
            }
            return fieldOf.isEmpty() ? deserializer : new OneNamePerField(deserializer, fieldOf);
        }
    }
}
