package org.stillwater.edge.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.json.StrictJson;

/** A body strict JSON refuses is a 400 naming the field as the client wrote it, with a code per kind of failure. */
class UnreadableJsonTest {

    record Reading(Integer systolic, Integer diastolic) {
    }

    record Intake(List<Integer> phq9, Reading bloodPressure, String notes) {
    }

    record Fill(@JsonAlias("quantity") Integer quantityPerFill, Integer refills) {
    }

    record Order(Fill fill) {
    }

    private static Problem.FieldError refusal(String json) {
        return refusal(json, Intake.class);
    }

    private static Problem.FieldError refusal(String json, Class<?> type) {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));
        Problem problem = (Problem) new ProblemMappers().unreadableJson(refused, null).getEntity();
        assertEquals(400, problem.status());
        return problem.errors().get(0);
    }

    @Test
    void aFloatForAnIntegerItemNamesTheItem() {
        Problem.FieldError error = refusal("{\"phq9\":[1,1,1,1,1,1,1,1,0.9]}");
        assertEquals("phq9[8]", error.field());
        assertEquals("invalid-value", error.code());
    }

    @Test
    void aNumberTooLargeForItsTypeNamesTheField() {
        Problem.FieldError error = refusal("{\"bloodPressure\":{\"systolic\":2147483648}}");
        assertEquals("bloodPressure.systolic", error.field());
    }

    @Test
    void aRepeatedKeyNamesTheKey() {
        Problem.FieldError error = refusal("{\"bloodPressure\":{\"systolic\":120,\"systolic\":90}}");
        assertEquals("bloodPressure.systolic", error.field());
        assertEquals("duplicate-field", error.code());
    }

    @Test
    void aFieldGivenUnderItsNameAndItsAliasIsARepeatedKeyNamingTheField() {
        Problem.FieldError error = refusal("{\"quantityPerFill\":8,\"refills\":1,\"quantity\":100}", Fill.class);
        assertEquals("quantityPerFill", error.field());
        assertEquals("duplicate-field", error.code());
        assertEquals("fill.quantityPerFill", refusal("{\"fill\":{\"quantity\":100,\"quantityPerFill\":8}}", Order.class).field());
    }

    @Test
    void aNulInTextNamesTheFieldWithoutEchoingTheText() {
        Problem.FieldError error = refusal("{\"notes\":\"secret\\u0000\"}");
        assertEquals("notes", error.field());
        assertEquals("must not contain NUL (U+0000)", error.message());
    }

    @Test
    void anUnknownFieldIsNamed() {
        Problem.FieldError error = refusal("{\"phq10\":[]}");
        assertEquals("phq10", error.field());
        assertEquals("unknown-field", error.code());
    }

    @Test
    void brokenJsonIsTheBody() {
        Problem.FieldError error = refusal("{\"phq9\":[1,");
        assertEquals("malformed-json", error.code());
    }

    @Test
    void deepNestingIsRefusedWhereItStopsFittingTheSchema() {
        Problem.FieldError error = refusal("{\"phq9\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertEquals("phq9[0]", error.field());
        assertEquals("wrong-type", error.code());
    }
}
