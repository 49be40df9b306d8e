package org.stillwater.checkin.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.checkin.Events;
import org.stillwater.checkin.schedule.MissedCheckIns;
import org.stillwater.testing.As;
import org.stillwater.testing.TestEvents;

@QuarkusTest
class QueueApiTest {

    @Inject
    Clock clock;

    @Inject
    MissedCheckIns missedCheckIns;

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<String> ours(List<String> queue, UUID... checkIns) {
        List<String> wanted = Arrays.stream(checkIns).map(UUID::toString).toList();
        return queue.stream().filter(wanted::contains).toList();
    }

    @Test
    void urgentCheckInsComeFirstThenOverdueOnesThenByDueTime() {
        Instant now = now();
        UUID later = Api.awaitCheckIn("NY", Api.approvedPatient("NY", now.minus(Duration.ofDays(1))), "ONBOARDING", "EVALUATION_APPROVED");
        UUID sooner = Api.awaitCheckIn("NY", Api.approvedPatient("NY", now.minus(Duration.ofDays(5))), "ONBOARDING", "EVALUATION_APPROVED");
        UUID overdue = Api.awaitCheckIn("NY", Api.approvedPatient("NY", now.minus(Duration.ofDays(9))), "ONBOARDING", "EVALUATION_APPROVED");
        UUID urgentPatient = Api.approvedPatient("NY", now.minus(Duration.ofDays(1)));
        TestEvents.publish(Events.adverseEvent(urgentPatient, UUID.randomUUID(), "LIFE_THREATENING", now));
        UUID urgent = Api.awaitCheckIn("NY", urgentPatient, "URGENT", "ADVERSE_EVENT");

        List<String> queue = Api.queue(As.drCalifornia(), "DUE");
        assertEquals(List.of(urgent.toString(), overdue.toString(), sooner.toString(), later.toString()),
                ours(queue, later, sooner, overdue, urgent));
    }

    @Test
    void aMissedCheckInStaysInTheQueueMarkedOverdue() {
        Instant now = now();
        UUID patient = Api.approvedPatient("CA", now.minus(Duration.ofDays(9)));
        UUID missed = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        UUID notYet = Api.awaitCheckIn("CA", Api.approvedPatient("CA", now), "ONBOARDING", "EVALUATION_APPROVED");
        missedCheckIns.markMissed();

        List<String> due = Api.queue(As.drCalifornia(), "DUE");
        assertTrue(due.contains(missed.toString()));
        assertTrue(due.contains(notYet.toString()));
        List<String> onlyMissed = Api.queue(As.drCalifornia(), "MISSED");
        assertTrue(onlyMissed.contains(missed.toString()));
        assertFalse(onlyMissed.contains(notYet.toString()));
        given().auth().oauth2(As.drCalifornia()).get("/api/v1/checkins/{id}", missed).then()
                .body("status", equalTo("MISSED")).body("overdue", equalTo(true));
    }

    @Test
    void theFollowUpJoinsTheQueueWhenItsWindowOpensAndCompletedCheckInsLeaveIt() {
        Instant now = now();
        UUID early = Api.awaitCheckIn("CA", Api.approvedPatient("CA", now.minus(Duration.ofDays(20))), "FOLLOW_UP", "EVALUATION_APPROVED");
        UUID open = Api.awaitCheckIn("CA", Api.approvedPatient("CA", now.minus(Duration.ofDays(26))), "FOLLOW_UP", "EVALUATION_APPROVED");
        UUID done = Api.awaitCheckIn("CA", Api.approvedPatient("CA", now), "ONBOARDING", "EVALUATION_APPROVED");
        Api.complete(As.drCalifornia(), done, Api.completion("CONTINUE")).statusCode(201);

        List<String> queue = Api.queue(As.drCalifornia(), "DUE");
        assertFalse(queue.contains(early.toString()));
        assertTrue(queue.contains(open.toString()));
        assertFalse(queue.contains(done.toString()));
    }

    @Test
    void eachClinicianSeesOnlyPatientsOfTheirLicensedStates() {
        Instant now = now();
        UUID texan = Api.awaitCheckIn("TX", Api.approvedPatient("TX", now), "ONBOARDING", "EVALUATION_APPROVED");
        UUID californian = Api.awaitCheckIn("CA", Api.approvedPatient("CA", now), "ONBOARDING", "EVALUATION_APPROVED");

        List<String> texas = Api.queue(As.drTexas(), "DUE");
        List<String> california = Api.queue(As.drCalifornia(), "DUE");
        assertTrue(texas.contains(texan.toString()));
        assertFalse(texas.contains(californian.toString()));
        assertTrue(california.contains(californian.toString()));
        assertFalse(california.contains(texan.toString()));
        given().auth().oauth2(As.drTexas()).get("/api/v1/checkins/{id}", californian).then().statusCode(404);
    }

    @Test
    void onlyCliniciansHaveAQueue() {
        given().auth().oauth2(As.acme()).get("/api/v1/checkins").then().statusCode(403);
        given().auth().oauth2(As.alex()).get("/api/v1/checkins").then().statusCode(403);
        given().auth().oauth2(As.ops()).get("/api/v1/checkins").then().statusCode(403);
        given().get("/api/v1/checkins").then().statusCode(401);
    }

    @Test
    void anUnknownStatusOrAPageSizeAboveTheLimitIsRefused() {
        given().auth().oauth2(As.drCalifornia()).queryParam("status", "SOMEDAY").get("/api/v1/checkins")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(As.drCalifornia()).queryParam("size", 1000).get("/api/v1/checkins")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
