package org.stillwater.checkin.schedule;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Api;
import org.stillwater.checkin.Events;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.contracts.checkin.CheckInMissed;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.session.SessionCompleted;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.PatientEvents;
import org.stillwater.testing.TestEvents;

@QuarkusTest
class SchedulingEventsTest {

    @Inject
    Clock clock;

    @Inject
    MissedCheckIns missedCheckIns;

    /** The service's time, to the millisecond (the database keeps microseconds). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<Map<String, Object>> ofKind(JsonPath checkIns, String kind) {
        return checkIns.<Map<String, Object>>getList("items").stream().filter(item -> kind.equals(item.get("kind"))).toList();
    }

    @Test
    void anApprovalSchedulesOnboardingDueIn7DaysAndTheFollowUpOnDay28() {
        Instant approvedAt = now().minus(Duration.ofHours(1));
        UUID patient = Api.approvedPatient("CA", approvedAt);

        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            CheckInScheduled onboarding = events.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).kind().equals("ONBOARDING")).data(CheckInScheduled.class);
            assertEquals("EVALUATION_APPROVED", onboarding.trigger());
            assertEquals(PatientCalendar.of("CA").lastDay(approvedAt, Period.ofDays(7)).endsAt(), onboarding.dueAt());
            assertNull(onboarding.windowOpensAt());
            CheckInScheduled followUp = events.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).kind().equals("FOLLOW_UP")).data(CheckInScheduled.class);
            assertEquals(PatientCalendar.of("CA").firstMomentOf(approvedAt, Period.ofDays(25)), followUp.windowOpensAt());
            assertEquals(PatientCalendar.of("CA").lastDay(approvedAt, Period.ofDays(31)).endsAt(), followUp.dueAt());
        }
        JsonPath checkIns = Api.checkIns(As.drCalifornia(), patient);
        assertEquals(2, checkIns.getInt("total"));
        assertEquals("SCHEDULED", ofKind(checkIns, "ONBOARDING").get(0).get("status"));
    }

    @Test
    void sessionsOneAndTwoScheduleAnIntegrationCheckInDue48HoursAfterTheyEndedAndLaterSessionsNone() {
        Instant now = now();
        UUID patient = Api.approvedPatient("CA", now.minus(Duration.ofDays(10)));
        UUID first = UUID.randomUUID();
        TestEvents.publish(Events.sessionCompleted(patient, first, 1, now.minus(Duration.ofHours(3))));
        TestEvents.publish(Events.sessionCompleted(patient, UUID.randomUUID(), 3, now.minus(Duration.ofHours(2))));
        TestEvents.publish(Events.sessionCompleted(patient, UUID.randomUUID(), 2, now.minus(Duration.ofHours(1))));

        Api.awaitCheckIn("CA", patient, "INTEGRATION", "SESSION_2_COMPLETED");
        List<Map<String, Object>> integrations = ofKind(Api.checkIns(As.drCalifornia(), patient), "INTEGRATION");
        assertEquals(2, integrations.size());
        Map<String, Object> afterFirst = integrations.stream()
                .filter(item -> item.get("trigger").equals("SESSION_1_COMPLETED")).findFirst().orElseThrow();
        assertEquals(now.minus(Duration.ofHours(3)).plus(Duration.ofHours(48)), Instant.parse((String) afterFirst.get("dueAt")));
    }

    @Test
    void aRedeliveredSessionSchedulesOneIntegrationCheckInEvenUnderANewEventId() {
        Instant now = now();
        UUID patient = Api.approvedPatient("CA", now.minus(Duration.ofDays(10)));
        SessionCompleted session = Events.sessionCompleted(patient, UUID.randomUUID(), 1, now.minus(Duration.ofHours(2)));
        UUID eventId = UUID.randomUUID();
        TestEvents.publish(eventId, session, now);
        TestEvents.publish(eventId, session, now);
        TestEvents.publish(session);
        TestEvents.publish(Events.sessionCompleted(patient, UUID.randomUUID(), 2, now.minus(Duration.ofHours(1))));

        Api.awaitCheckIn("CA", patient, "INTEGRATION", "SESSION_2_COMPLETED");
        assertEquals(2, ofKind(Api.checkIns(As.drCalifornia(), patient), "INTEGRATION").size());
        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            events.await(EventType.CHECK_IN_SCHEDULED, event -> event.data(CheckInScheduled.class).trigger().equals("SESSION_2_COMPLETED"));
            assertEquals(1, events.events().stream().filter(event -> event.type() == EventType.CHECK_IN_SCHEDULED)
                    .filter(event -> event.data(CheckInScheduled.class).trigger().equals("SESSION_1_COMPLETED")).count());
        }
    }

    @Test
    void aSessionCompletedBeforeTheApprovalArrivedStillSchedulesItsIntegrationCheckInAndTheApprovalItsOwn() {
        Instant now = now();
        UUID patient = UUID.randomUUID();
        Instant ended = now.minus(Duration.ofHours(5));
        TestEvents.publish(Events.sessionCompleted(patient, UUID.randomUUID(), 1, ended));
        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            events.await(EventType.CHECK_IN_SCHEDULED, event -> event.data(CheckInScheduled.class).kind().equals("INTEGRATION"));
        }
        Api.approve(patient, "CA", now.minus(Duration.ofDays(9)));

        JsonPath checkIns = Api.checkIns(As.drCalifornia(), patient);
        assertEquals(3, checkIns.getInt("total"));
        assertEquals(ended.plus(Duration.ofHours(48)), Instant.parse((String) ofKind(checkIns, "INTEGRATION").get(0).get("dueAt")));
        assertEquals(PatientCalendar.of("CA").lastDay(now.minus(Duration.ofDays(9)), Period.ofDays(7)).endsAt(),
                Instant.parse((String) ofKind(checkIns, "ONBOARDING").get(0).get("dueAt")));
    }

    @Test
    void aSevereAdverseEventSchedulesAnUrgentCheckInDueIn24HoursNamingItsHoldAndAModerateOneNone() {
        Instant now = now();
        UUID patient = Api.approvedPatient("CA", now.minus(Duration.ofDays(12)));
        UUID severe = UUID.randomUUID();
        TestEvents.publish(Events.adverseEvent(patient, UUID.randomUUID(), "MODERATE", now.minus(Duration.ofMinutes(2))));
        TestEvents.publish(Events.adverseEvent(patient, severe, "SEVERE", now.minus(Duration.ofMinutes(1))));

        UUID urgent = Api.awaitCheckIn("CA", patient, "URGENT", "ADVERSE_EVENT");
        List<Map<String, Object>> urgents = ofKind(Api.checkIns(As.drCalifornia(), patient), "URGENT");
        assertEquals(1, urgents.size());
        assertEquals(urgent.toString(), urgents.get(0).get("checkInId"));
        assertEquals(severe.toString(), urgents.get(0).get("holdAdverseEventId"));
        assertEquals(now.minus(Duration.ofMinutes(1)).plus(Duration.ofHours(24)), Instant.parse((String) urgents.get(0).get("dueAt")));
    }

    @Test
    void aBloodPressureCrisisAtTheGateSchedulesAnUrgentCheckIn() {
        Instant now = now();
        UUID patient = Api.approvedPatient("CA", now.minus(Duration.ofDays(9)));
        TestEvents.publish(Events.sessionBlocked(patient, UUID.randomUUID(), false, now.minus(Duration.ofMinutes(3))));
        TestEvents.publish(Events.sessionBlocked(patient, UUID.randomUUID(), true, now.minus(Duration.ofMinutes(2))));

        Api.awaitCheckIn("CA", patient, "URGENT", "BLOOD_PRESSURE_CRISIS");
        assertEquals(1, ofKind(Api.checkIns(As.drCalifornia(), patient), "URGENT").size());
    }

    @Test
    void aFailedShipmentSchedulesAnUrgentCheckIn() {
        Instant now = now();
        UUID patient = Api.approvedPatient("TX", now.minus(Duration.ofDays(3)));
        TestEvents.publish(Events.shipmentFailed(patient, UUID.randomUUID(), now.minus(Duration.ofMinutes(5))));

        UUID urgent = Api.awaitCheckIn("TX", patient, "URGENT", "SHIPMENT_FAILED");
        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            CheckInScheduled scheduled = events.await(EventType.CHECK_IN_SCHEDULED,
                    event -> event.data(CheckInScheduled.class).checkInId().equals(urgent)).data(CheckInScheduled.class);
            assertEquals(now.minus(Duration.ofMinutes(5)).plus(Duration.ofHours(24)), scheduled.dueAt());
        }
    }

    @Test
    void aCheckInPastItsDueTimeIsMarkedMissedOnceAndCanStillBeCompleted() {
        Instant now = now();
        // approved 9 days ago: the end of day 7 after it has passed in California, whatever the time of day or a DST change
        Instant approvedAt = now.minus(Duration.ofDays(9));
        UUID patient = Api.approvedPatient("CA", approvedAt);
        UUID onboarding = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");

        missedCheckIns.markMissed();
        missedCheckIns.markMissed();

        JsonPath checkIns = Api.checkIns(As.drCalifornia(), patient);
        Map<String, Object> missed = ofKind(checkIns, "ONBOARDING").get(0);
        assertEquals("MISSED", missed.get("status"));
        assertEquals(true, missed.get("overdue"));
        assertEquals("SCHEDULED", ofKind(checkIns, "FOLLOW_UP").get(0).get("status"));
        try (PatientEvents events = PatientEvents.on(Topics.CHECKIN_EVENTS, patient)) {
            CheckInMissed event = events.await(EventType.CHECK_IN_MISSED).data(CheckInMissed.class);
            assertEquals(onboarding, event.checkInId());
            assertEquals("ONBOARDING", event.kind());
            assertEquals(PatientCalendar.of("CA").lastDay(approvedAt, Period.ofDays(7)).endsAt(), event.dueAt());
            Api.complete(As.drCalifornia(), onboarding, Api.completion("CONTINUE")).statusCode(201);
            events.await(EventType.CHECK_IN_COMPLETED);
            List<ValidatedEvent> missedEvents = events.events().stream().filter(e -> e.type() == EventType.CHECK_IN_MISSED).toList();
            assertEquals(1, missedEvents.size());
        }
    }

    @Test
    void aCheckInAnotherInstanceIsMarkingIsSkippedRatherThanWaitedFor() throws Exception {
        UUID patient = Api.approvedPatient("CA", now().minus(Duration.ofDays(9)));
        UUID onboarding = Api.awaitCheckIn("CA", patient, "ONBOARDING", "EVALUATION_APPROVED");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = otherInstance.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                CheckIn.findById(onboarding, LockModeType.PESSIMISTIC_WRITE);
                locked.countDown();
                awaitLatch(release);
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            missedCheckIns.markMissed();
            assertEquals("SCHEDULED", ofKind(Api.checkIns(As.drCalifornia(), patient), "ONBOARDING").get(0).get("status"));
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        } finally {
            otherInstance.shutdownNow();
        }
        missedCheckIns.markMissed();
        assertEquals("MISSED", ofKind(Api.checkIns(As.drCalifornia(), patient), "ONBOARDING").get(0).get("status"));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRedeliveredApprovalSchedulesNothingMore() {
        Instant now = now();
        UUID patient = UUID.randomUUID();
        EvaluationApproved approval = Events.approval(patient, "NY", now.minus(Duration.ofHours(2)));
        UUID eventId = UUID.randomUUID();
        TestEvents.publish(eventId, approval, now);
        TestEvents.publish(eventId, approval, now);
        TestEvents.publish(approval);
        EvaluationApproved later = Events.approval(patient, "NY", now.minus(Duration.ofHours(1)));
        TestEvents.publish(later);

        Eventually.until("the later approval's check-ins", () -> given().auth().oauth2(As.drCalifornia())
                .get("/api/v1/patients/{id}/checkins", patient).then().extract().statusCode() == 200
                && Api.checkIns(As.drCalifornia(), patient).getInt("total") >= 4);
        assertEquals(4, Api.checkIns(As.drCalifornia(), patient).getInt("total"));
        assertEquals(2, Api.journey(As.drCalifornia(), patient).<String>getList("weeks[0].entries.type").stream()
                .filter("EVALUATION_APPROVED"::equals).count());
    }
}
