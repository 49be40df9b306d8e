package org.stillwater.edge.clock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.As;

/** The dev clock's advance endpoint moves the clock forward by a bounded amount; anything else is a 422 naming the rule. */
@QuarkusTest
class SimulatedClockApiTest {

    @Inject
    ServiceClock clock;

    private static ValidatableResponse advance(String by) {
        return given().auth().oauth2(As.ops()).contentType(ContentType.JSON).body("{\"advanceBy\":\"" + by + "\"}")
                .post("/api/v1/dev/clock").then();
    }

    @Test
    void anAdvanceOfYearsIsRefused422AndTheClockDoesNotMove() {
        Duration before = clock.offset();
        for (String absurd : new String[] {"P367D", "PT8784H1S", "P182500D", "PT2562047788015215H"}) {
            advance(absurd).statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://stillwater.example/problems/clock-advance-refused"))
                    .body("errors[0].field", equalTo("advanceBy"))
                    .body("errors[0].code", equalTo("advance-too-large"));
        }
        assertEquals(before, clock.offset());
    }

    @Test
    void anAdvanceOfNothingOrBackwardsIsRefused422() {
        Duration before = clock.offset();
        advance("PT0S").statusCode(422).body("errors[0].code", equalTo("not-forward"));
        advance("-PT1H").statusCode(422).body("errors[0].code", equalTo("not-forward"));
        assertEquals(before, clock.offset());
    }

    @Test
    void anAdvanceWithinTheBoundMovesTheClock() {
        Duration before = clock.offset();
        advance("PT1M").statusCode(200);
        assertEquals(before.plusMinutes(1), clock.offset());
    }
}
