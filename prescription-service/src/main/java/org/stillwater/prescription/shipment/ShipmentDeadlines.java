package org.stillwater.prescription.shipment;

import java.time.Instant;
import java.time.Period;
import org.stillwater.prescription.prescribing.PrescriptionExpiry;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * Nothing stuck: when a requested fill that nobody dispatched must be cancelled, and when it is raised to ops.
 *
 * <ul>
 *   <li><b>Expired</b>: once its prescription's last fill day is over ({@link PrescriptionExpiry}: six months after
 *       issue in the patient's days, 21 CFR 1306.22) the fill can never be dispensed: it is cancelled
 *       ({@code ShipmentCancelled}, reason {@code EXPIRED}).</li>
 *   <li><b>Stalled</b>: still requested once the {@code days}-th day after the day it was requested has ended in
 *       the patient's state of residence (where that day ends first, {@link PatientCalendar#lastDay}): requested
 *       on a Monday with 3 days, raised when Thursday ends.</li>
 * </ul>
 */
public final class ShipmentDeadlines {

    private ShipmentDeadlines() {
    }

    /** Whether a requested fill of a prescription expiring at {@code prescriptionExpiresAt} must be cancelled at {@code now}. */
    public static boolean expired(Instant prescriptionExpiresAt, Instant now) {
        return PrescriptionExpiry.expired(prescriptionExpiresAt, now);
    }

    /** The instant a fill requested at {@code requestedAt} and still not dispatched becomes stalled. */
    public static Instant stalledFrom(PatientCalendar patientCalendar, Instant requestedAt, int days) {
        return patientCalendar.lastDay(requestedAt, Period.ofDays(days)).endsAt();
    }

    public static boolean stalled(PatientCalendar patientCalendar, Instant requestedAt, int days, Instant now) {
        return !now.isBefore(stalledFrom(patientCalendar, requestedAt, days));
    }
}
