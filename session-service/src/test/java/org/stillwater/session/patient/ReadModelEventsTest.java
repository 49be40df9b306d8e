package org.stillwater.session.patient;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.prescription.PrescriptionCancelled;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.edge.clock.ServiceClock;
import org.stillwater.session.Api;
import org.stillwater.session.HandledEvents;
import org.stillwater.session.Journey;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/** The per-patient read model, fed by the other services' events: once each, in whatever order they arrive. */
@QuarkusTest
class ReadModelEventsTest {

    @Inject
    ServiceClock clock;

    @Inject
    HandledEvents handled;

    @Test
    void aRedeliveredShipmentDeliveredAddsItsUnitsOnce() {
        Journey journey = new Journey(clock);
        UUID patient = journey.approvedPatient();
        UUID prescription = journey.prescribe(patient);
        ShipmentDelivered delivered = journey.delivery(patient, prescription, 8);
        UUID eventId = UUID.randomUUID();
        TestEvents.publish(eventId, delivered, Instant.now());
        TestEvents.publish(eventId, delivered, Instant.now());
        UUID sameShipmentAnnouncedAgain = TestEvents.publish(delivered);
        UUID nextFill = TestEvents.publish(journey.delivery(patient, prescription, 4));
        handled.await(sameShipmentAnnouncedAgain);
        handled.await(nextFill);
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient).statusCode(200)
                .body("unitsDelivered", equalTo(12))
                .body("unitsOnHand", equalTo(12)));
    }

    @Test
    void dosageAdjustedChangesTheAllowedDoseForTheNextSession() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        TestEvents.publish(new DosageAdjusted(UUID.randomUUID(), patient, 100, null, "dr.california", "1234567893", "BR1234563", clock.instant()));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient)
                .body("dosePerSessionMg", equalTo(100))
                .body("unitsPerSession", equalTo(1))
                .body("minHoursBetweenSessions", equalTo(72)));

        UUID session = Api.start(patient);
        Api.complete(As.acme(), session, Api.log()).statusCode(422).body("errors.code", contains("dose-above-prescribed"));
        var log = Api.log();
        log.put("doseMg", 100);
        log.put("unitsUsed", 1);
        Api.complete(As.acme(), session, log).statusCode(200);
    }

    @Test
    void dosageAdjustedChangesTheMinimumHoursBetweenSessions() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        Instant startedAt = Instant.parse(Api.start(As.acme(), patient, Api.check()).statusCode(201).extract().path("startedAt"));
        TestEvents.publish(new DosageAdjusted(UUID.randomUUID(), patient, null, 96, "dr.california", "1234567893", "BR1234563", clock.instant()));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient)
                .body("minHoursBetweenSessions", equalTo(96))
                .body("dosePerSessionMg", equalTo(200))
                .body("nextSessionAllowedAt", equalTo(startedAt.plus(Duration.ofHours(96)).toString())));
    }

    @Test
    void aSupersedingPrescriptionReplacesTheActiveOneAndACancellationLeavesNoneActive() {
        Journey journey = new Journey(clock);
        UUID patient = journey.approvedPatient();
        UUID first = journey.makeReady(patient);
        UUID second = journey.prescribe(patient, first, 50, 3);
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient)
                .body("prescriptionId", equalTo(second.toString()))
                .body("dosePerSessionMg", equalTo(150)));

        TestEvents.publish(new PrescriptionCancelled(first, patient, "SUPERSEDED", second, clock.instant()));
        TestEvents.publish(new PrescriptionCancelled(second, patient, "CANCELLED_BY_CLINICIAN", null, clock.instant()));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient)
                .body("reasons.code", contains("NO_ACTIVE_PRESCRIPTION")));
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("NO_ACTIVE_PRESCRIPTION"));
    }

    @Test
    void aCancellationThatArrivesBeforeItsIssueKeepsThePrescriptionInactive() {
        Journey journey = new Journey(clock);
        UUID patient = journey.approvedPatient();
        UUID active = journey.makeReady(patient);
        UUID cancelled = UUID.randomUUID();
        TestEvents.publish(new PrescriptionCancelled(cancelled, patient, "CANCELLED_BY_CLINICIAN", null, clock.instant()));
        UUID issue = TestEvents.publish(new PrescriptionIssued(cancelled, patient, null, "dr.california", "sunrise", "ketamine HCl lozenge",
                "6130", 100, 1, 100, 8, 0, clock.instant(), clock.instant().plus(Duration.ofDays(180))));
        handled.await(issue);
        Api.dosingStatus(As.acme(), patient).body("prescriptionId", equalTo(active.toString()));
    }

    @Test
    void eventsThatArriveBeforeTheApprovalAreKept() {
        Journey journey = new Journey(clock);
        UUID patient = UUID.randomUUID();
        UUID prescription = journey.prescribe(patient);
        UUID delivery = TestEvents.publish(journey.delivery(patient, prescription, 8));
        UUID onboarding = TestEvents.publish(journey.checkIn(patient, "ONBOARDING", null));
        handled.await(delivery);
        handled.await(onboarding);
        Api.dosingStatus(As.acme(), patient).statusCode(404);

        journey.approve(patient, "acme", "CA", Journey.PROTOCOL);
        Journey.awaitCanStart(patient);
        Api.dosingStatus(As.acme(), patient).body("unitsOnHand", equalTo(8)).body("onboardingCompleted", equalTo(true));
        Api.start(As.acme(), patient, Api.check()).statusCode(201);
    }

    @Test
    void anOlderApprovalArrivingLateDoesNotReplaceTheNewerProtocol() {
        Journey journey = new Journey(clock);
        UUID patient = UUID.randomUUID();
        journey.approve(patient, "acme", "CA", new Protocol(300, 96, true, 140, 90));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient).statusCode(200).body("minHoursBetweenSessions", equalTo(96)));
        UUID older = TestEvents.publish(new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(),
                patient, "acme", "CA", "dr.california", "VIDEO", Journey.PROTOCOL, 14, 9,
                new ShippingAddress("Jordan Test", "10 Elm St", null, "Sacramento", "CA", "95814"),
                clock.instant().minus(Duration.ofDays(1))));
        handled.await(older);
        Api.dosingStatus(As.acme(), patient).body("minHoursBetweenSessions", equalTo(96));
    }

    @Test
    void anApprovalAtTheSameTimeAsTheHeldOneChangesNothing() {
        UUID patient = UUID.randomUUID();
        Instant approvedAt = clock.instant();
        TestEvents.publish(approval(patient, new Protocol(300, 96, true, 140, 90), approvedAt));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient).statusCode(200).body("minHoursBetweenSessions", equalTo(96)));
        UUID sameTime = TestEvents.publish(approval(patient, new Protocol(300, 120, true, 140, 90), approvedAt));
        handled.await(sameTime);
        Api.dosingStatus(As.acme(), patient).body("minHoursBetweenSessions", equalTo(96));
    }

    private static EvaluationApproved approval(UUID patient, Protocol protocol, Instant approvedAt) {
        return new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(), patient, "acme", "CA", "dr.california", "VIDEO", protocol,
                14, 9, new ShippingAddress("Jordan Test", "10 Elm St", null, "Sacramento", "CA", "95814"), approvedAt);
    }

    @Test
    void pausedResumedAndDiscontinuedTreatment() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), patient, "dr.california", clock.instant()));
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patient).body("treatment", equalTo("PAUSED")));
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("TREATMENT_PAUSED"));

        TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", null, clock.instant()));
        Journey.awaitCanStart(patient);

        TestEvents.publish(new TreatmentDiscontinued(UUID.randomUUID(), patient, "dr.california", clock.instant()));
        UUID lateResume = TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", null, clock.instant()));
        handled.await(lateResume);
        Api.dosingStatus(As.acme(), patient).body("treatment", equalTo("DISCONTINUED"));
        Api.start(As.acme(), patient, Api.check()).statusCode(422).body("reasons.code", contains("TREATMENT_DISCONTINUED"));
    }

    @Test
    void aResumptionThatOvertookItsPauseLeavesTreatmentActive() {
        Journey journey = new Journey(clock);
        UUID patient = journey.readyPatient();
        Instant pausedAt = clock.instant();
        TestEvents.publish(new TreatmentResumed(UUID.randomUUID(), patient, "dr.california", null, pausedAt.plusSeconds(60)));
        UUID pause = TestEvents.publish(new TreatmentPaused(UUID.randomUUID(), patient, "dr.california", pausedAt));
        handled.await(pause);
        Api.dosingStatus(As.acme(), patient).body("treatment", equalTo("ACTIVE")).body("canStartNow", equalTo(true));
    }
}
