package org.stillwater.edge.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text fields take a JSON string only, and only text that can be stored and shown: no NUL (PostgreSQL cannot
 * store it) and no lone surrogate (not Unicode text; it would be stored as {@code ?}). A refusal's message is
 * the reason alone, never the text (which may be a patient's).
 */
class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        String wrong = problem(text);
        if (wrong != null) {
            throw InvalidFormatException.from(parser, wrong, text, String.class);
        }
        return text;
    }

    /** What is wrong with the text, or {@code null} when nothing is. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain NUL (U+0000)";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "is not valid Unicode text (a lone surrogate)";
            }
        }
        return null;
    }
}
