package org.stillwater.edge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An id (UUID) is its canonical text and nothing else: 36 characters, hex digits in groups of 8-4-4-4-12. Jackson's
 * own reader trims the text first (every character up to U+0020, NUL included), so an id followed by a NUL or a
 * space would otherwise be read as the id: a request that is not what was sent.
 */
class StrictId extends StdScalarDeserializer<UUID> {

    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    StrictId() {
        super(UUID.class);
    }

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (UUID) context.handleUnexpectedToken(UUID.class, parser);
        }
        String text = parser.getText();
        if (!CANONICAL.matcher(text).matches()) {
            throw InvalidFormatException.from(parser, "is not an id (a UUID: 8-4-4-4-12 hex digits)", text, UUID.class);
        }
        return UUID.fromString(text);
    }
}
