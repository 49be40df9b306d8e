package org.stillwater.regulatory.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The last calendar day a rule allows, as the patient lives it: the day in the zone of the state where it
 * ends first, and the instant it ends (the first instant past the deadline).
 *
 * @param day    the last day, in {@code zone}
 * @param zone   the zone of the state whose local day ends first
 * @param endsAt 00:00 of the next day in that zone
 */
public record LastDay(LocalDate day, ZoneId zone, Instant endsAt) {

    /** Whether the deadline has passed at {@code at}: the last day is over somewhere in the state. */
    public boolean isOver(Instant at) {
        return !at.isBefore(endsAt);
    }
}
