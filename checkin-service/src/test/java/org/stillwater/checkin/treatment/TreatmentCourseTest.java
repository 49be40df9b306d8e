package org.stillwater.checkin.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.checkin.treatment.TreatmentCourse.Decision;

class TreatmentCourseTest {

    private static final Instant T = Instant.parse("2026-03-02T15:30:00Z");

    private static Instant day(int day) {
        return T.plus(Duration.ofDays(day));
    }

    private static Decision decision(int day, Outcome outcome) {
        return new Decision(day(day), outcome, null, null);
    }

    private static Prescription issued(UUID id, UUID supersedes, int strengthMg, int units, int day) {
        Prescription prescription = new Prescription();
        prescription.id = id;
        prescription.supersedesId = supersedes;
        prescription.strengthMg = strengthMg;
        prescription.unitsPerSession = units;
        prescription.doseMgPerSession = strengthMg * units;
        prescription.issuedAt = day(day);
        return prescription;
    }

    @Test
    void withoutDecisionsTreatmentIsActiveUnderTheProtocol() {
        TreatmentCourse course = TreatmentCourse.of(72, List.of(), List.of());
        assertEquals(TreatmentStatus.ACTIVE, course.status());
        assertEquals(72, course.minHoursBetweenSessions());
        assertNull(course.doseMgPerSession());
        assertNull(course.strengthMg());
    }

    @Test
    void decisionsApplyInTheOrderTheyWereTakenWhateverTheOrderGiven() {
        List<Decision> decisions = List.of(decision(9, Outcome.RESUME), decision(2, Outcome.CONTINUE), decision(5, Outcome.PAUSE));
        assertEquals(TreatmentStatus.ACTIVE, TreatmentCourse.of(72, decisions, List.of()).status());
        assertEquals(TreatmentStatus.PAUSED, TreatmentCourse.of(72, decisions.subList(1, 3), List.of()).status());
    }

    @Test
    void discontinuedIsForGood() {
        assertEquals(TreatmentStatus.DISCONTINUED, TreatmentCourse.of(72,
                List.of(decision(1, Outcome.DISCONTINUE), decision(2, Outcome.RESUME)), List.of()).status());
        assertEquals(TreatmentStatus.DISCONTINUED, TreatmentCourse.after(TreatmentStatus.DISCONTINUED, Outcome.RESUME));
    }

    @Test
    void theLastAdjustmentSetsTheIntervalAndTheDose() {
        TreatmentCourse course = TreatmentCourse.of(72, List.of(new Decision(day(3), Outcome.ADJUST, 200, 96),
                new Decision(day(6), Outcome.ADJUST, 300, null)), List.of());
        assertEquals(300, course.doseMgPerSession());
        assertEquals(96, course.minHoursBetweenSessions());
    }

    @Test
    void theCurrentPrescriptionIsTheNewestIssuedThatIsNeitherCancelledNorSuperseded() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        Prescription late = issued(cancelled, null, 50, 2, 9);
        late.cancelledAt = day(10);
        List<Prescription> prescriptions = List.of(issued(second, first, 100, 3, 4), issued(first, null, 100, 2, 1), late);
        assertEquals(second, TreatmentCourse.currentPrescription(prescriptions).orElseThrow().id);
        TreatmentCourse course = TreatmentCourse.of(72, List.of(), prescriptions);
        assertEquals(100, course.strengthMg());
        assertEquals(300, course.doseMgPerSession());
    }

    @Test
    void aCancellationKnownBeforeItsIssueLeavesNoCurrentPrescription() {
        Prescription cancelledOnly = new Prescription();
        cancelledOnly.id = UUID.randomUUID();
        cancelledOnly.cancelledAt = day(2);
        assertTrue(TreatmentCourse.currentPrescription(List.of(cancelledOnly)).isEmpty());
    }

    @Test
    void theNewerOfAnAdjustmentAndAPrescriptionGivesTheDose() {
        Prescription before = issued(UUID.randomUUID(), null, 100, 2, 1);
        assertEquals(300, TreatmentCourse.of(72, List.of(new Decision(day(3), Outcome.ADJUST, 300, null)), List.of(before)).doseMgPerSession());
        Prescription after = issued(UUID.randomUUID(), null, 100, 1, 5);
        assertEquals(100, TreatmentCourse.of(72, List.of(new Decision(day(3), Outcome.ADJUST, 300, null)), List.of(after)).doseMgPerSession());
    }
}
