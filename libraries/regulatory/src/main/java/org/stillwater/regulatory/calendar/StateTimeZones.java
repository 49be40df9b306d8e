package org.stillwater.regulatory.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time zones of each US state (and DC) whose civil time its residents live by: the standard time zone
 * boundaries of 49 CFR Part 71 (§71.4–71.11), with the IANA zone of each part. A state listed with several
 * zones has people on each clock, and a rule that counts their days must hold in every part of it.
 *
 * <p>Where a zone's rules differ inside one standard zone, the part that keeps its own clock is listed too:
 * the Navajo Nation in Arizona observes daylight saving time (America/Denver) while the rest of the state
 * does not (America/Phoenix); West Wendover, Nevada, is on Mountain time (49 CFR 71.9(a), 1999). The Aleutian
 * Islands west of 169°30′ W are on Hawaii–Aleutian time (49 CFR 71.11, America/Adak).
 */
public final class StateTimeZones {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private static final Map<String, List<ZoneId>> ZONES = Map.ofEntries(
            Map.entry("AL", List.of(CENTRAL)),
            Map.entry("AK", List.of(ZoneId.of("America/Anchorage"), ZoneId.of("America/Adak"))),
            Map.entry("AZ", List.of(ZoneId.of("America/Phoenix"), MOUNTAIN)),
            Map.entry("AR", List.of(CENTRAL)),
            Map.entry("CA", List.of(PACIFIC)),
            Map.entry("CO", List.of(MOUNTAIN)),
            Map.entry("CT", List.of(EASTERN)),
            Map.entry("DE", List.of(EASTERN)),
            Map.entry("DC", List.of(EASTERN)),
            Map.entry("FL", List.of(EASTERN, CENTRAL)),
            Map.entry("GA", List.of(EASTERN)),
            Map.entry("HI", List.of(ZoneId.of("Pacific/Honolulu"))),
            Map.entry("ID", List.of(ZoneId.of("America/Boise"), PACIFIC)),
            Map.entry("IL", List.of(CENTRAL)),
            Map.entry("IN", List.of(ZoneId.of("America/Indiana/Indianapolis"), CENTRAL)),
            Map.entry("IA", List.of(CENTRAL)),
            Map.entry("KS", List.of(CENTRAL, MOUNTAIN)),
            Map.entry("KY", List.of(EASTERN, CENTRAL)),
            Map.entry("LA", List.of(CENTRAL)),
            Map.entry("ME", List.of(EASTERN)),
            Map.entry("MD", List.of(EASTERN)),
            Map.entry("MA", List.of(EASTERN)),
            Map.entry("MI", List.of(ZoneId.of("America/Detroit"), ZoneId.of("America/Menominee"))),
            Map.entry("MN", List.of(CENTRAL)),
            Map.entry("MS", List.of(CENTRAL)),
            Map.entry("MO", List.of(CENTRAL)),
            Map.entry("MT", List.of(MOUNTAIN)),
            Map.entry("NE", List.of(CENTRAL, MOUNTAIN)),
            Map.entry("NV", List.of(PACIFIC, MOUNTAIN)),
            Map.entry("NH", List.of(EASTERN)),
            Map.entry("NJ", List.of(EASTERN)),
            Map.entry("NM", List.of(MOUNTAIN)),
            Map.entry("NY", List.of(EASTERN)),
            Map.entry("NC", List.of(EASTERN)),
            Map.entry("ND", List.of(CENTRAL, MOUNTAIN)),
            Map.entry("OH", List.of(EASTERN)),
            Map.entry("OK", List.of(CENTRAL)),
            Map.entry("OR", List.of(PACIFIC, ZoneId.of("America/Boise"))),
            Map.entry("PA", List.of(EASTERN)),
            Map.entry("RI", List.of(EASTERN)),
            Map.entry("SC", List.of(EASTERN)),
            Map.entry("SD", List.of(CENTRAL, MOUNTAIN)),
            Map.entry("TN", List.of(CENTRAL, EASTERN)),
            Map.entry("TX", List.of(CENTRAL, MOUNTAIN)),
            Map.entry("UT", List.of(MOUNTAIN)),
            Map.entry("VT", List.of(EASTERN)),
            Map.entry("VA", List.of(EASTERN)),
            Map.entry("WA", List.of(PACIFIC)),
            Map.entry("WV", List.of(EASTERN)),
            Map.entry("WI", List.of(CENTRAL)),
            Map.entry("WY", List.of(MOUNTAIN)));

    private StateTimeZones() {
    }

    /** The two-letter codes of the states (and DC) this table covers. */
    public static Set<String> states() {
        return new TreeSet<>(ZONES.keySet());
    }

    /**
     * @param state a two-letter US state code, e.g. {@code CA}
     * @return the zones people in that state live by, never empty
     * @throws IllegalArgumentException for a code that is not a US state or DC
     */
    public static List<ZoneId> of(String state) {
        List<ZoneId> zones = state == null ? null : ZONES.get(state);
        if (zones == null) {
            throw new IllegalArgumentException(state + " is not a two-letter US state code");
        }
        return zones;
    }
}
