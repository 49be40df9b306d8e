package org.stillwater.edge.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

class RefusalProblemTest {

    private static final Refusal ABOVE_FILL = new Refusal("quantityDispensed", "quantity-above-fill", "13 is more than the 12 units");
    private static final Refusal UNLICENSED = new Refusal("pharmacyId", "pharmacy-not-licensed", null);

    @Test
    void refusalsOfARuleAreAnswered422NamingEveryOne() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ProblemException.refuseIfAny("dispatch-refused", "the dispatch", List.of(ABOVE_FILL, UNLICENSED)));

        Problem problem = refused.toProblem("/api/v1/shipments/1/dispatch");
        assertEquals(Problem.type("dispatch-refused"), problem.type());
        assertEquals("Refused by a rule", problem.title());
        assertEquals(422, problem.status());
        assertEquals("the dispatch breaks 2 rule(s)", problem.detail());
        assertEquals(List.of(new Problem.FieldError("quantityDispensed", "quantity-above-fill", "13 is more than the 12 units"),
                new Problem.FieldError("pharmacyId", "pharmacy-not-licensed", null)), problem.errors());
    }

    @Test
    void noRefusalIsNoAnswer() {
        ProblemException.refuseIfAny("dispatch-refused", "the dispatch", List.of());
    }

    @Test
    void aStateThatDoesNotAllowTheRequestIsAnswered409() {
        Problem problem = ProblemException.of(Refused.conflict("session-already-completed", "this session was completed at noon",
                new Refusal("sessionId", "session-already-completed", "a session is completed once"))).toProblem(null);

        assertEquals(409, problem.status());
        assertEquals("Conflict with the current state", problem.title());
        assertEquals(Problem.type("session-already-completed"), problem.type());
        assertEquals("this session was completed at noon", problem.detail());
        assertEquals(List.of(new Problem.FieldError("sessionId", "session-already-completed", "a session is completed once")), problem.errors());
    }
}
