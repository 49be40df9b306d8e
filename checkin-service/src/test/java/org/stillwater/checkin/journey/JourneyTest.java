package org.stillwater.checkin.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.Events;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.checkin.schedule.Trigger;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentCourse;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.contracts.intake.EvaluationApproved;

class JourneyTest {

    private static final Instant APPROVED = Instant.parse("2026-03-02T15:30:00Z");
    private static final UUID PATIENT = UUID.fromString("0d7c1e0a-5b6f-4c1d-9e8f-7a6b5c4d3e2f");
    private static final TreatmentCourse ACTIVE = new TreatmentCourse(TreatmentStatus.ACTIVE, 200, 72, 100);

    private static Instant day(double days) {
        return APPROVED.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    private static Patient patient() {
        EvaluationApproved approval = Events.approval(PATIENT, "CA", APPROVED);
        Patient patient = new Patient();
        patient.id = PATIENT;
        patient.partnerId = "acme";
        patient.state = "CA";
        patient.evaluationId = approval.evaluationId();
        patient.approvedAt = APPROVED;
        patient.approvedBy = "dr.california";
        patient.maxDoseMgPerSession = Events.MAX_DOSE;
        patient.minHoursBetweenSessions = Events.MIN_HOURS;
        patient.baselinePhq9 = Events.BASELINE_PHQ9;
        patient.baselineGad7 = Events.BASELINE_GAD7;
        return patient;
    }

    private static JourneyFact fact(Fact fact) {
        return JourneyFact.of(UUID.randomUUID(), PATIENT, fact);
    }

    private static CheckIn checkIn(CheckInKind kind, Trigger trigger, Instant windowOpensAt, Instant dueAt) {
        CheckIn checkIn = new CheckIn();
        checkIn.id = UUID.nameUUIDFromBytes((kind + "/" + trigger + "/" + dueAt).getBytes());
        checkIn.patientId = PATIENT;
        checkIn.kind = kind;
        checkIn.trigger = trigger;
        checkIn.triggerKey = UUID.randomUUID();
        checkIn.windowOpensAt = windowOpensAt;
        checkIn.dueAt = dueAt;
        checkIn.scheduledAt = APPROVED;
        checkIn.status = CheckInStatus.SCHEDULED;
        return checkIn;
    }

    private static CheckIn completed(CheckIn checkIn, Instant at, Outcome outcome, Integer phq9Total, Boolean response, Boolean remission) {
        checkIn.status = CheckInStatus.COMPLETED;
        checkIn.completedAt = at;
        checkIn.clinicianId = "dr.california";
        checkIn.outcome = outcome;
        checkIn.phq9Total = phq9Total;
        checkIn.gad7Total = phq9Total == null ? null : 5;
        checkIn.response = response;
        checkIn.remission = remission;
        return checkIn;
    }

    private static List<String> types(JourneyView.Week week) {
        return week.entries().stream().map(entry -> entry.type().name()).toList();
    }

    private static List<String> codes(JourneyView journey) {
        return journey.next().stream().map(JourneyView.NextStep::code).toList();
    }

    @Test
    void weekOneIsTheSevenDaysAfterTheApprovalAndWeekNEnds7nDaysAfterIt() {
        assertEquals(1, Journey.week(APPROVED, APPROVED.minusSeconds(60)));
        assertEquals(1, Journey.week(APPROVED, APPROVED));
        assertEquals(1, Journey.week(APPROVED, day(7)));
        assertEquals(2, Journey.week(APPROVED, day(7).plusMillis(1)));
        assertEquals(4, Journey.week(APPROVED, day(28)));
        assertEquals(5, Journey.week(APPROVED, day(28).plusMillis(1)));
    }

    @Test
    void justApprovedShowsTheFirstMonthWithOnboardingInWeekOneAndTheFollowUpInWeekFour() {
        List<JourneyFact> facts = List.of(fact(Fact.of(Events.approval(PATIENT, "CA", APPROVED))));
        List<CheckIn> checkIns = List.of(checkIn(CheckInKind.ONBOARDING, Trigger.EVALUATION_APPROVED, null, day(7)),
                checkIn(CheckInKind.FOLLOW_UP, Trigger.EVALUATION_APPROVED, day(25), day(31)));

        JourneyView journey = Journey.build(patient(), facts, checkIns, ACTIVE, day(1));

        assertEquals(4, journey.weeks().size());
        assertEquals(List.of("EVALUATION_APPROVED", "CHECK_IN_DUE"), types(journey.weeks().get(0)));
        assertTrue(journey.weeks().get(1).entries().isEmpty());
        assertEquals(List.of("CHECK_IN_DUE"), types(journey.weeks().get(3)));
        assertEquals(day(28), journey.weeks().get(3).entries().get(0).at());
        assertEquals(List.of("CHECK_IN_DUE", "CHECK_IN_WINDOW", "ONBOARDING_BEFORE_FIRST_SESSION", "AWAITING_DELIVERY"), codes(journey));
        assertEquals("Onboarding check-in due by " + day(7), journey.next().get(0).message());
    }

    @Test
    void theFollowUpWindowInThePatientsDaysIsShownOnDay28InWeekFourWhateverTheTimeOfDayOfTheApproval() {
        for (int minutesBeforeApproval : List.of(20, 6 * 60, 11 * 60 + 59, 12 * 60, 18 * 60, 23 * 60 + 59)) {
            Instant localMidnight = APPROVED.minus(Duration.ofMinutes(minutesBeforeApproval));
            CheckIn followUp = checkIn(CheckInKind.FOLLOW_UP, Trigger.EVALUATION_APPROVED,
                    localMidnight.plus(Duration.ofDays(25)), localMidnight.plus(Duration.ofDays(32)));

            JourneyView journey = Journey.build(patient(), List.of(fact(Fact.of(Events.approval(PATIENT, "CA", APPROVED)))), List.of(followUp), ACTIVE, day(1));

            assertEquals(4, journey.weeks().size(), "approved " + minutesBeforeApproval + " minutes after the patient's midnight");
            assertEquals(day(28), journey.weeks().get(3).entries().get(0).at());
        }
    }

    @Test
    void theMonthIsOrderedByWhenThingsHappenedWhateverOrderTheyAreGiven() {
        UUID prescription = UUID.randomUUID();
        UUID shipment = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        List<JourneyFact> facts = new ArrayList<>(List.of(
                fact(Fact.of(Events.approval(PATIENT, "CA", APPROVED))),
                fact(Fact.of(Events.prescription(PATIENT, prescription, 100, 2, day(1)))),
                fact(Fact.of(Events.shipmentRequested(PATIENT, shipment, prescription, day(1.1)))),
                fact(Fact.of(Events.shipmentDispatched(PATIENT, shipment, prescription, day(2)))),
                fact(Fact.of(Events.shipmentDelivered(PATIENT, shipment, prescription, day(4)))),
                fact(Fact.of(Events.sessionBlocked(PATIENT, UUID.randomUUID(), false, day(8)))),
                fact(Fact.of(Events.sessionStarted(PATIENT, session, 1, day(9)))),
                fact(Fact.of(Events.sessionCompleted(PATIENT, session, 1, day(9).plus(Duration.ofHours(4)))))));
        List<CheckIn> checkIns = new ArrayList<>(List.of(
                completed(checkIn(CheckInKind.ONBOARDING, Trigger.EVALUATION_APPROVED, null, day(7)), day(5), Outcome.CONTINUE, 12, false, false),
                checkIn(CheckInKind.INTEGRATION, Trigger.SESSION_1_COMPLETED, null, day(11).plus(Duration.ofHours(4))),
                checkIn(CheckInKind.WEEKLY, Trigger.ONBOARDING_COMPLETED, null, day(12)),
                checkIn(CheckInKind.FOLLOW_UP, Trigger.EVALUATION_APPROVED, day(25), day(31))));

        JourneyView inOrder = Journey.build(patient(), facts, checkIns, ACTIVE, day(10));
        Collections.shuffle(facts, new Random(7));
        Collections.shuffle(checkIns, new Random(11));
        JourneyView shuffled = Journey.build(patient(), facts, checkIns, ACTIVE, day(10));

        assertEquals(inOrder, shuffled);
        assertEquals(List.of("EVALUATION_APPROVED", "PRESCRIPTION_ISSUED", "SHIPMENT_REQUESTED", "SHIPMENT_DISPATCHED",
                "SHIPMENT_DELIVERED", "CHECK_IN_COMPLETED"), types(inOrder.weeks().get(0)));
        assertEquals(List.of("SESSION_BLOCKED", "SESSION_STARTED", "SESSION_COMPLETED", "CHECK_IN_DUE", "CHECK_IN_DUE"),
                types(inOrder.weeks().get(1)));
        JourneyView.NextStep nextSession = inOrder.next().stream()
                .filter(step -> step.code().equals("NEXT_SESSION_ALLOWED_AFTER")).findFirst().orElseThrow();
        assertEquals(day(9).plus(Duration.ofHours(72)), nextSession.at());
    }

    @Test
    void aCheckInPastItsDueTimeShowsAsMissedAtItsDueTime() {
        CheckIn onboarding = checkIn(CheckInKind.ONBOARDING, Trigger.EVALUATION_APPROVED, null, day(7));
        JourneyView journey = Journey.build(patient(), List.of(), List.of(onboarding), ACTIVE, day(8));
        assertEquals(List.of("CHECK_IN_MISSED"), types(journey.weeks().get(0)));
        assertEquals("CHECK_IN_OVERDUE", journey.next().get(0).code());
    }

    @Test
    void anAdjustmentAPauseAndALiftedHoldAreOnTheTimelineAndTheTrendShowsResponseAndRemission() {
        UUID adverseEvent = UUID.randomUUID();
        CheckIn urgent = checkIn(CheckInKind.URGENT, Trigger.ADVERSE_EVENT, null, day(14));
        urgent.holdAdverseEventId = adverseEvent;
        completed(urgent, day(13.5), Outcome.PAUSE, null, null, null);
        urgent.liftsAdverseEventHold = adverseEvent;
        CheckIn integration = completed(checkIn(CheckInKind.INTEGRATION, Trigger.SESSION_1_COMPLETED, null, day(11)),
                day(10), Outcome.ADJUST, 8, false, false);
        integration.doseMgPerSession = 100;
        CheckIn followUp = completed(checkIn(CheckInKind.FOLLOW_UP, Trigger.EVALUATION_APPROVED, day(25), day(31)),
                day(27), Outcome.CONTINUE, 4, true, true);
        TreatmentCourse paused = new TreatmentCourse(TreatmentStatus.PAUSED, 100, 72, 100);

        JourneyView journey = Journey.build(patient(), List.of(fact(Fact.of(Events.adverseEvent(PATIENT, adverseEvent, "SEVERE", day(13))))),
                List.of(followUp, urgent, integration), paused, day(28));

        assertEquals(List.of("CHECK_IN_COMPLETED", "DOSAGE_ADJUSTED", "ADVERSE_EVENT_REPORTED", "CHECK_IN_COMPLETED",
                "HOLD_LIFTED", "TREATMENT_PAUSED"), types(journey.weeks().get(1)));
        assertEquals(List.of("CHECK_IN_COMPLETED"), types(journey.weeks().get(3)));
        assertEquals(Events.BASELINE_PHQ9, journey.trend().baselinePhq9());
        assertEquals(List.of(8, 4), journey.trend().measurements().stream().map(JourneyView.Measured::phq9Total).toList());
        assertEquals(true, journey.trend().response());
        assertEquals(true, journey.trend().remission());
        assertTrue(journey.treatment().adverseEventHolds().isEmpty());
        assertEquals(List.of("TREATMENT_PAUSED"), codes(journey));
    }

    @Test
    void anOpenAdverseEventHoldIsShownAndNoSessionIsOffered() {
        UUID adverseEvent = UUID.randomUUID();
        CheckIn urgent = checkIn(CheckInKind.URGENT, Trigger.ADVERSE_EVENT, null, day(15));
        urgent.holdAdverseEventId = adverseEvent;
        JourneyView journey = Journey.build(patient(), List.of(), List.of(urgent), ACTIVE, day(14.5));
        assertEquals(List.of(adverseEvent), journey.treatment().adverseEventHolds());
        assertEquals(List.of("CHECK_IN_DUE", "ADVERSE_EVENT_HOLD"), codes(journey));
    }

    @Test
    void weeksBeyondTheFirstMonthAppearWhenSomethingIsInThem() {
        CheckIn weekly = checkIn(CheckInKind.WEEKLY, Trigger.WEEKLY_COMPLETED, null, day(40));
        JourneyView journey = Journey.build(patient(), List.of(), List.of(weekly), ACTIVE, day(34));
        assertEquals(6, journey.weeks().size());
        assertEquals(List.of("CHECK_IN_DUE"), types(journey.weeks().get(5)));
    }
}
