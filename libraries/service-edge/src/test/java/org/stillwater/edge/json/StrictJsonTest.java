package org.stillwater.edge.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    enum Modality { VIDEO, IN_PERSON }

    record Reading(Integer systolic, int diastolic, Boolean adult, String name, List<Integer> answers, Modality modality,
                   LocalDate bornOn, Duration advanceBy, Double weightKg, Instant at) {
    }

    record Filter(UUID patientId) {
    }

    record Fill(@JsonAlias("quantity") Integer quantityPerFill, Double strengthMg) {
    }

    private static final String VALID = """
            {"systolic":120,"diastolic":80,"adult":true,"name":"Alex","answers":[1,2],"modality":"VIDEO",
             "bornOn":"1990-01-01","advanceBy":"PT1H","weightKg":70.5,"at":"2026-11-30T10:00:00Z"}""";

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Reading read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Reading.class);
    }

    private static String with(String field, String value) {
        return VALID.replaceFirst("\"" + field + "\":(\\[[^\\]]*\\]|\"[^\"]*\"|[^,}]+)",
                Matcher.quoteReplacement("\"" + field + "\":" + value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\" \"", "\"\\u0000\"", "\"not-an-id\"", "1", "true",
            "\"464fe008-d64b-412c-b47a-c54f87d5473f\\u0000\"", "\"\\u0000464fe008-d64b-412c-b47a-c54f87d5473f\"",
            "\" 464fe008-d64b-412c-b47a-c54f87d5473f\"", "\"464fe008-d64b-412c-b47a-c54f87d5473f\\n\"",
            "\"464fe008d64b412cb47ac54f87d5473f\"", "\"1-2-3-4-5\""})
    void anIdThatIsBlankNulOrNotAnIdIsRefusedNotReadAsAbsent(String value) {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"patientId\":" + value + "}", Filter.class));
    }

    @Test
    void anIdIsReadAndAnAbsentOneIsNull() throws JsonProcessingException {
        UUID id = UUID.randomUUID();
        assertEquals(id, mapper.readValue("{\"patientId\":\"" + id + "\"}", Filter.class).patientId());
        assertEquals(null, mapper.readValue("{}", Filter.class).patientId());
    }

    @Test
    void anAliasedFieldIsReadUnderEitherNameOnceAndAsStrictlyAsAnyOther() throws JsonProcessingException {
        assertEquals(8, mapper.readValue("{\"quantity\":8}", Fill.class).quantityPerFill());
        assertEquals(8, mapper.readValue("{\"quantityPerFill\":8}", Fill.class).quantityPerFill());
        assertEquals(70.5, mapper.readValue("{\"quantity\":8,\"strengthMg\":70.5}", Fill.class).strengthMg());
        for (String refused : List.of("{\"quantity\":8,\"quantityPerFill\":8}", "{\"quantityPerFill\":8,\"quantity\":100}",
                "{\"quantity\":8.0}", "{\"quantity\":2147483648}", "{\"quantity\":\"8\"}", "{\"quantity\":8,\"quantity\":8}")) {
            assertThrows(JsonProcessingException.class, () -> mapper.readValue(refused, Fill.class), refused);
        }
    }

    @Test
    void aValidBodyIsRead() throws JsonProcessingException {
        Reading reading = read(VALID);
        assertEquals(120, reading.systolic());
        assertEquals(Modality.VIDEO, reading.modality());
        assertEquals(Duration.ofHours(1), reading.advanceBy());
    }

    @Test
    void anIntegerIsAcceptedForADecimal() throws JsonProcessingException {
        assertEquals(70.0, read(with("weightKg", "70")).weightKg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.9", "139.9", "1.0", "1e2", "\"120\"", "true", "2147483648", "[120]", "{}"})
    void anIntegerFieldTakesOnlyAJsonIntegerThatFits(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("systolic", value)));
        assertThrows(JsonProcessingException.class, () -> read(with("diastolic", value)));
    }

    @Test
    void anItemOfAListOfIntegersIsNeverRounded() {
        assertThrows(JsonProcessingException.class, () -> read(with("answers", "[1,0.9]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"true\"", "\"yes\"", "[true]"})
    void aBooleanFieldTakesOnlyTrueOrFalse(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("adult", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "1.5", "true", "[\"Alex\"]", "{\"a\":1}", "\"a\\u0000b\"", "\"a\\ud800\""})
    void aTextFieldTakesOnlyAJsonStringWithoutNulOrLoneSurrogate(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("name", value)));
    }

    @Test
    void unicodeTextIsKept() throws JsonProcessingException {
        assertEquals("Zoë 😀 中文", read(with("name", "\"Zoë \\ud83d\\ude00 中文\"")).name());
    }

    @Test
    void aSingleValueIsNotAList() {
        assertThrows(JsonProcessingException.class, () -> read(with("answers", "1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"AUDIO\"", "\"video\"", "0", "1", "\"\""})
    void anEnumTakesOnlyOneOfItsNames(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("modality", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7305", "\"1990-02-30\"", "[1990,1,1]"})
    void aDateTakesOnlyAnIsoDateString(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("bornOn", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3600", "3600.5", "[3600]", "\"PT30M\\u0000\""})
    void aDurationTakesOnlyAnIsoDurationString(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("advanceBy", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1796010000", "1796010000.5"})
    void anInstantTakesOnlyAnIsoDateTimeString(String value) {
        assertThrows(JsonProcessingException.class, () -> read(with("at", value)));
    }

    @Test
    void aNullForAPrimitiveIsRefused() {
        assertThrows(JsonProcessingException.class, () -> read(with("diastolic", "null")));
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThrows(JsonProcessingException.class, () -> read(VALID.replace("{", "{\"unexpected\":1,")));
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertThrows(JsonProcessingException.class, () -> read(VALID.replace("{", "{\"systolic\":90,")));
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        assertThrows(JsonProcessingException.class, () -> read(VALID + " {}"));
    }
}
