package org.stillwater.session;

import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.intake.EvaluationApproved;
import org.stillwater.contracts.intake.Protocol;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.contracts.pharmacy.ShipmentDelivered;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.testing.As;
import org.stillwater.testing.Eventually;
import org.stillwater.testing.TestEvents;

/**
 * A patient's first week as the other services announce it (approval, prescription, delivery, onboarding),
 * published on their topics with times from the service clock, so that simulated time stays consistent.
 */
public final class Journey {

    /** The intake defaults: 300 mg at most, 72 hours apart, an adult sitter, blood pressure below 140/90. */
    public static final Protocol PROTOCOL = new Protocol(300, 72, true, 140, 90);
    public static final int STRENGTH_MG = 100;
    public static final int UNITS_PER_SESSION = 2;
    public static final int UNITS_PER_FILL = 8;

    private final Clock clock;

    public Journey(Clock clock) {
        this.clock = clock;
    }

    /** A new patient of acme in California, approved under {@link #PROTOCOL}. */
    public UUID approvedPatient() {
        UUID patientId = UUID.randomUUID();
        approve(patientId, "acme", "CA", PROTOCOL);
        return patientId;
    }

    public void approve(UUID patientId, String partnerId, String state, Protocol protocol) {
        TestEvents.publish(new EvaluationApproved(UUID.randomUUID(), UUID.randomUUID(), patientId, partnerId, state, "dr.california",
                "VIDEO", protocol, 14, 9, new ShippingAddress("Jordan Test", "10 Elm St", null, "Sacramento", state, "95814"),
                clock.instant()));
    }

    /** 100 mg lozenges, 2 a session (200 mg), 8 a fill. */
    public UUID prescribe(UUID patientId) {
        return prescribe(patientId, null, STRENGTH_MG, UNITS_PER_SESSION);
    }

    public UUID prescribe(UUID patientId, UUID supersedes, int strengthMg, int unitsPerSession) {
        UUID prescriptionId = UUID.randomUUID();
        TestEvents.publish(new PrescriptionIssued(prescriptionId, patientId, supersedes, "dr.california", "sunrise",
                "ketamine HCl sublingual lozenge", "6130", strengthMg, unitsPerSession, strengthMg * unitsPerSession, UNITS_PER_FILL, 2,
                clock.instant(), clock.instant().plus(Duration.ofDays(180))));
        return prescriptionId;
    }

    public ShipmentDelivered delivery(UUID patientId, UUID prescriptionId, int units) {
        return new ShipmentDelivered(UUID.randomUUID(), prescriptionId, patientId, "sunrise", 1, units, clock.instant());
    }

    public void deliver(UUID patientId, UUID prescriptionId, int units) {
        TestEvents.publish(delivery(patientId, prescriptionId, units));
    }

    public CheckInCompleted checkIn(UUID patientId, String kind, UUID liftsHold) {
        return new CheckInCompleted(UUID.randomUUID(), patientId, kind, "CONTINUE", "dr.california", null, null, null, null,
                liftsHold, clock.instant());
    }

    public void onboard(UUID patientId) {
        TestEvents.publish(checkIn(patientId, "ONBOARDING", null));
    }

    /** Approved, prescribed, 8 units delivered and onboarded: waits until a session may start. */
    public UUID readyPatient() {
        UUID patientId = approvedPatient();
        makeReady(patientId);
        return patientId;
    }

    public UUID makeReady(UUID patientId) {
        UUID prescriptionId = prescribe(patientId);
        deliver(patientId, prescriptionId, UNITS_PER_FILL);
        onboard(patientId);
        awaitCanStart(patientId);
        return prescriptionId;
    }

    public static void awaitCanStart(UUID patientId) {
        Eventually.assertThat(() -> Api.dosingStatus(As.acme(), patientId).statusCode(200).body("canStartNow", equalTo(true)));
    }
}
