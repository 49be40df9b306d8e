package org.stillwater.regulatory.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The patient's local date in their state of residence (DESIGN §6, Dates): the one place that turns an instant
 * into the days a rule counts. Every rule that counts a person's age or calendar days uses it, judged where it
 * is strictest in the state:
 *
 * <ul>
 *   <li><b>An age</b> is judged in the zone where the person is youngest: the one whose local date is earliest
 *       (the westernmost). Nobody is treated as older than they are in any part of their state.</li>
 *   <li><b>A deadline</b> ("within 7 days", "no fill more than 6 months after issue", "more than 12 weeks") ends
 *       when its last day ends in the zone where that day ends first. Nobody gets a later deadline than in any
 *       part of their state.</li>
 *   <li><b>A window that must not open early</b> (the follow-up from day 25) opens when its first day has begun
 *       in every zone of the state.</li>
 * </ul>
 *
 * Days are civil days: they are 23 or 25 hours long when daylight saving time starts or ends. Rules that count
 * hours (72 hours between sessions, 24 hours without alcohol) are elapsed time and do not use this class.
 */
public final class PatientCalendar {

    private final String state;
    private final List<ZoneId> zones;

    private PatientCalendar(String state, List<ZoneId> zones) {
        this.state = state;
        this.zones = zones;
    }

    /** @throws IllegalArgumentException for a code that is not a US state or DC */
    public static PatientCalendar of(String state) {
        return new PatientCalendar(state, StateTimeZones.of(state));
    }

    public String state() {
        return state;
    }

    public List<ZoneId> zones() {
        return zones;
    }

    /** The earliest local date anywhere in the state at {@code at}: the date an age is judged on. */
    public LocalDate earliestDate(Instant at) {
        return zones.stream().map(zone -> LocalDate.ofInstant(at, zone)).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The latest local date anywhere in the state at {@code at}: the date a deadline is judged on. */
    public LocalDate latestDate(Instant at) {
        return zones.stream().map(zone -> LocalDate.ofInstant(at, zone)).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * The person's age in completed years at {@code at}, judged where they are youngest in the state. A birthday
     * is reached on its month and day; someone born on 29 February reaches it on 1 March in a common year (the
     * later of the two readings in use, so nobody is older than under either).
     */
    public int ageAt(LocalDate dateOfBirth, Instant at) {
        return completedYears(dateOfBirth, earliestDate(at));
    }

    /** Completed years from {@code born} to {@code on}, with the birthday reached on its month and day (29 February: 1 March in a common year). */
    static int completedYears(LocalDate born, LocalDate on) {
        int years = on.getYear() - born.getYear();
        return MonthDay.from(on).isBefore(MonthDay.from(born)) ? years - 1 : years;
    }

    /**
     * The last day of a period that starts on the day of {@code from}: the day {@code after} later (e.g. P7D:
     * approved on the 1st, due by the end of the 8th), ending where that day ends first in the state.
     */
    public LastDay lastDay(Instant from, Period after) {
        return zones.stream().map(zone -> {
            LocalDate day = LocalDate.ofInstant(from, zone).plus(after);
            return new LastDay(day, zone, day.plusDays(1).atStartOfDay(zone).toInstant());
        }).min(Comparator.comparing(LastDay::endsAt)).orElseThrow();
    }

    /**
     * The first instant of the day {@code after} the day of {@code from} (e.g. P25D: day 25 after the approval), once
     * that day has begun in every zone of the state.
     */
    public Instant firstMomentOf(Instant from, Period after) {
        return zones.stream()
                .map(zone -> LocalDate.ofInstant(from, zone).plus(after).atStartOfDay(zone).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
    }
}
