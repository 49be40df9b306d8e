package org.stillwater.edge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Dates, times and durations ({@code java.time}) are read from their ISO text only: the epoch numbers and
 * arrays Jackson also takes for them ({@code 7305} for a date, {@code 3600} for a duration) are refused, and
 * so is text with a NUL (which the java.time parsers would trim away) or a lone surrogate.
 */
class TextOnly extends DelegatingDeserializer {

    TextOnly(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new TextOnly(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return context.handleUnexpectedToken(handledType(), parser);
        }
        String wrong = StrictText.problem(parser.getText());
        if (wrong != null) {
            throw InvalidFormatException.from(parser, wrong, parser.getText(), String.class);
        }
        return super.deserialize(parser, context);
    }

    /** Wraps the deserializer of every {@code java.time} type. */
    static class ForJavaTime extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type.getPackageName().equals("java.time") ? new TextOnly(deserializer) : deserializer;
        }
    }
}
