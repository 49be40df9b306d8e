package org.stillwater.prescription.shipment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stillwater.prescription.pharmacy.PharmacyJurisdiction;
import org.stillwater.prescription.prescribing.PrescriptionExpiry;
import org.stillwater.regulatory.refusal.Refusal;

/** The rules of a shipment's life: its transitions, what a dispatch and a delivery may record. */
public final class ShipmentRules {

    /** How far ahead of this service's clock a pharmacy's clock may be. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ShipmentRules() {
    }

    /** Why the shipment cannot go from {@code from} to {@code to}, if it cannot (an illegal transition: 409). */
    public static Optional<Refusal> transition(ShipmentStatus from, ShipmentStatus to) {
        if (from.canBecome(to)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("status", "illegal-transition",
                "a " + from + " shipment cannot become " + to + (from.next().isEmpty() ? " (" + from + " is final)"
                        : " (it can become " + from.next() + ")")));
    }

    /**
     * A dispatch dispenses the fill: no more than the fill's quantity, not after the prescription's last fill day
     * (21 CFR 1306.22: no fill more than six months after issue, in the patient's days), and only where the pharmacy
     * may ship it ({@link PharmacyJurisdiction}: its licences may have changed since the fill was requested).
     *
     * @param jurisdiction what {@link PharmacyJurisdiction} refuses for the shipment's pharmacy, patient and ship-to state
     */
    public static List<Refusal> dispatchRefusals(int quantityRequested, int quantityDispensed, LocalDate lastFillDay, Instant expiresAt,
                                                    Instant now, List<Refusal> jurisdiction) {
        List<Refusal> refusals = new ArrayList<>();
        if (quantityDispensed > quantityRequested) {
            refusals.add(new Refusal("quantityDispensed", "quantity-above-fill",
                    quantityDispensed + " is more than the " + quantityRequested + " units of this fill"));
        }
        if (PrescriptionExpiry.expired(expiresAt, now)) {
            refusals.add(new Refusal("prescription", "prescription-expired",
                    "the prescription's last fill day was " + lastFillDay + " (ended " + expiresAt + "): it can no longer be dispensed"));
        }
        refusals.addAll(jurisdiction);
        return refusals;
    }

    /**
     * A delivery is recorded once it happened, and after the fill was dispatched: its reported time (the carrier's
     * signature time, on the pharmacy's clock) may be neither ahead of this service's clock nor before the dispatch
     * (recorded on this service's clock) by more than {@link #CLOCK_SKEW}, the pharmacy's clock not being ours.
     * While this service's clock is simulated ahead (dev and test profiles only) a pharmacy leaves the time out, as
     * the reference pharmacy does, and it is delivered now.
     */
    public static List<Refusal> deliveryRefusals(Instant deliveredAt, Instant dispatchedAt, Instant now) {
        if (deliveredAt.isAfter(now.plus(CLOCK_SKEW))) {
            return List.of(new Refusal("deliveredAt", "in-the-future", "a delivery is recorded once it happened (it is now " + now + ")"));
        }
        if (deliveredAt.isBefore(dispatchedAt.minus(CLOCK_SKEW))) {
            return List.of(new Refusal("deliveredAt", "delivered-before-dispatch",
                    "a fill is delivered after it was dispatched (at " + dispatchedAt + ")"));
        }
        return List.of();
    }
}
