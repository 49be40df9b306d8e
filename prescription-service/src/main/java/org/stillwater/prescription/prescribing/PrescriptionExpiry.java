package org.stillwater.prescription.prescribing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * 21 CFR 1306.22: a Schedule III prescription may not be filled or refilled more than six months after the
 * date it was issued. Days are UTC days: a fill on the day six calendar months after the issue date is
 * allowed, the day after it is not (issued 2026-04-01: last fill day 2026-10-01, day 183; 2026-10-02 is refused).
 */
public final class PrescriptionExpiry {

    public static final int MONTHS = 6;

    private PrescriptionExpiry() {
    }

    public static LocalDate issueDay(Instant issuedAt) {
        return LocalDate.ofInstant(issuedAt, ZoneOffset.UTC);
    }

    /** The last day a fill may be dispensed. */
    public static LocalDate lastFillDay(LocalDate issuedOn) {
        return issuedOn.plusMonths(MONTHS);
    }

    /** The instant the prescription expires: 00:00 UTC the day after its last fill day. */
    public static Instant expiresAt(LocalDate lastFillDay) {
        return lastFillDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static boolean expired(LocalDate lastFillDay, LocalDate today) {
        return today.isAfter(lastFillDay);
    }
}
