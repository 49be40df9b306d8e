package org.stillwater.edge.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Request bodies are read strictly, in every service (DESIGN §3: "a number is never rounded or parsed from
 * another type"): an integer field takes only a JSON integer that fits it ({@code 0.9}, {@code 1.0},
 * {@code "3"} and {@code 2147483648} are refused), a boolean only {@code true} or {@code false}, text only a
 * JSON string, a list only a JSON array, an enum only one of its names, a date, time or duration only its ISO
 * text, an id only its canonical text (a blank or NUL-only one is refused, never read as absent, and one with anything
 * before or after it, which Jackson would trim away, is refused too); an unknown field, a
 * repeated key (a field given under its name and its alias too, see {@link OneNamePerField}), anything after
 * the JSON value, a NUL or a lone surrogate in text are refused. Each is a 400 naming the field (see {@link org.stillwater.edge.problem.ProblemMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString}) {
                if (!accepts(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.registerModule(new SimpleModule("stillwater-strict-text")
                .addDeserializer(String.class, new StrictText())
                .addDeserializer(UUID.class, new StrictId())
                .setDeserializerModifier(new TextOnly.ForJavaTime()));
        mapper.registerModule(new SimpleModule("stillwater-one-name-per-field")
                .setDeserializerModifier(new OneNamePerField.ForAliasedFields()));
    }

    /** The JSON shapes each kind of value is read from: its own, and an integer for a decimal (1 is 1.0), a string for a date. */
    private static boolean accepts(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            // OtherScalar: an id (UUID); "" or a blank (NUL included, which the reader trims) would otherwise be null
            case Textual, Enum, DateTime, OtherScalar -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            case Boolean -> shape == CoercionInputShape.Boolean;
            default -> true;
        };
    }
}
