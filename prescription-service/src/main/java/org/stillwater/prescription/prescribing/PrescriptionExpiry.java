package org.stillwater.prescription.prescribing;

import java.time.Instant;
import java.time.Period;
import org.stillwater.regulatory.calendar.LastDay;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * 21 CFR 1306.22: a Schedule III prescription may not be filled or refilled more than six months after the
 * date it was issued. The days are the patient's ({@link PatientCalendar}): the last fill day is six calendar
 * months after the issue date in the state of residence, and the prescription expires when that day ends where
 * it ends first in the state (issued on 1 April 2026 in New York: fills through 1 October, 183 days later, and
 * none from 00:00 EDT on 2 October).
 */
public final class PrescriptionExpiry {

    public static final Period SIX_MONTHS = Period.ofMonths(6);

    private PrescriptionExpiry() {
    }

    /** The last day a fill may be dispensed, and the instant the prescription expires. */
    public static LastDay lastFillDay(PatientCalendar patientCalendar, Instant issuedAt) {
        return patientCalendar.lastDay(issuedAt, SIX_MONTHS);
    }

    /** Whether a prescription expiring at {@code expiresAt} may no longer be filled at {@code now}. */
    public static boolean expired(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }
}
