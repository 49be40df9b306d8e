package org.stillwater.regulatory.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Age against an oracle that counts birthdays one by one, over generated cases (a fixed seed, so a failure
 * is reproduced by running the test again; every tenth birth date is a 29 February).
 */
class AgeOracleTest {

    private static final long SEED = 20261130L;
    private static final List<String> STATES = List.copyOf(StateTimeZones.states());

    @ParameterizedTest
    @MethodSource("birthDatesAndDates")
    void completedYearsCountTheBirthdaysReached(LocalDate born, LocalDate on) {
        assertEquals(birthdaysReached(born, on), PatientCalendar.completedYears(born, on));
    }

    @ParameterizedTest
    @MethodSource("statesBirthDatesAndInstants")
    void aStatesAgeIsTheYoungestOfItsZones(String state, LocalDate born, Instant at) {
        PatientCalendar calendar = PatientCalendar.of(state);
        int age = calendar.ageAt(born, at);
        for (ZoneId zone : calendar.zones()) {
            assertTrue(age <= birthdaysReached(born, LocalDate.ofInstant(at, zone)), state + " " + zone);
        }
        assertTrue(calendar.zones().stream().anyMatch(zone -> age == birthdaysReached(born, LocalDate.ofInstant(at, zone))));
    }

    /** The oracle: birthdays after birth on or before {@code on}; 29 February falls on 1 March in a common year. */
    private static int birthdaysReached(LocalDate born, LocalDate on) {
        int reached = 0;
        for (int year = born.getYear() + 1; year <= on.getYear(); year++) {
            boolean leapDayInCommonYear = born.getMonth() == Month.FEBRUARY && born.getDayOfMonth() == 29 && !LocalDate.of(year, 1, 1).isLeapYear();
            LocalDate birthday = leapDayInCommonYear ? LocalDate.of(year, 3, 1) : LocalDate.of(year, born.getMonth(), born.getDayOfMonth());
            if (!birthday.isAfter(on)) {
                reached++;
            }
        }
        return reached;
    }

    static Stream<Arguments> birthDatesAndDates() {
        Random random = new Random(SEED);
        return IntStream.range(0, 2000).mapToObj(i -> {
            LocalDate born = birthDate(random, i);
            return Arguments.of(born, born.plusDays(random.nextInt(40_000)));
        });
    }

    static Stream<Arguments> statesBirthDatesAndInstants() {
        Random random = new Random(SEED + 1);
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2060-01-01T00:00:00Z").getEpochSecond();
        return IntStream.range(0, 2000).mapToObj(i -> {
            Instant at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
            LocalDate born = birthDate(random, i);
            while (born.isAfter(LocalDate.ofInstant(at, ZoneId.of("Pacific/Honolulu")))) {
                born = born.minusYears(40);
            }
            return Arguments.of(STATES.get(random.nextInt(STATES.size())), born, at);
        });
    }

    private static LocalDate birthDate(Random random, int i) {
        if (i % 10 == 0) {
            int leapYear = 1920 + 4 * random.nextInt(27);
            return LocalDate.of(leapYear, 2, 29);
        }
        return LocalDate.ofEpochDay(LocalDate.of(1920, 1, 1).toEpochDay() + random.nextInt(40_000));
    }
}
