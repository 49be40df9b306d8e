package org.stillwater.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    /** Noon on {@link #TODAY} in California, where these patients live. */
    private static final Instant AT = Instant.parse("2026-11-26T20:00:00Z");
    private static final List<Integer> PHQ9 = List.of(2, 2, 2, 2, 2, 2, 1, 1, 0);
    private static final List<Integer> GAD7 = List.of(2, 2, 1, 1, 1, 1, 1);

    private static ScreeningInput input(LocalDate born, List<Integer> phq9, int systolic, int diastolic,
                                        Set<Condition> conditions, Set<MedicationClass> medications,
                                        boolean ketamineAllergy, boolean pregnant, boolean substanceUseDisorder) {
        return new ScreeningInput(born, "CA", phq9, GAD7, systolic, diastolic, conditions, medications, ketamineAllergy, pregnant, substanceUseDisorder);
    }

    private static ScreeningInput healthyAdult() {
        return input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80, Set.of(), Set.of(), false, false, false);
    }

    private static Set<FlagCode> codes(ScreeningResult result) {
        EnumSet<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
        result.flags().forEach(flag -> codes.add(flag.code()));
        return codes;
    }

    @Test
    void aHealthyAdultRaisesNoFlag() {
        ScreeningResult result = Screening.screen(healthyAdult(), AT);
        assertTrue(result.flags().isEmpty());
        assertEquals(14, result.phq9().total());
        assertEquals(9, result.gad7().total());
    }

    @Test
    void seventeenYearsAnd364DaysOldIsRejectedAutomatically() {
        LocalDate born = TODAY.minusYears(18).plusDays(1);
        ScreeningResult result = Screening.screen(input(born, PHQ9, 124, 80, Set.of(), Set.of(), false, false, false), AT);
        assertTrue(result.automaticallyRejected());
        assertEquals(Set.of(FlagCode.UNDER_18), codes(result));
    }

    @Test
    void eighteenTodayIsAnAdult() {
        LocalDate born = TODAY.minusYears(18);
        ScreeningResult result = Screening.screen(input(born, PHQ9, 124, 80, Set.of(), Set.of(), false, false, false), AT);
        assertFalse(result.automaticallyRejected());
    }

    @Test
    void aCaliforniaPatientOnTheEveOfTheir18thBirthdayIsUnder18ThoughItIsAlreadyTheBirthdayInUtc() {
        // 02:01 UTC on 30 November is 18:01 on 29 November in California
        ScreeningInput bornOn30November2008 = input(LocalDate.of(2008, 11, 30), PHQ9, 124, 80, Set.of(), Set.of(), false, false, false);
        ScreeningResult result = Screening.screen(bornOn30November2008, Instant.parse("2026-11-30T02:01:00Z"));
        assertEquals(Set.of(FlagCode.UNDER_18), codes(result));
    }

    @Test
    void aCaliforniaPatientIsAnAdultFromLocalMidnightOfTheir18thBirthday() {
        ScreeningInput bornOn30November2008 = input(LocalDate.of(2008, 11, 30), PHQ9, 124, 80, Set.of(), Set.of(), false, false, false);
        assertTrue(Screening.screen(bornOn30November2008, Instant.parse("2026-11-30T07:00:00Z")).automaticallyRejected());
        assertFalse(Screening.screen(bornOn30November2008, Instant.parse("2026-11-30T09:00:00Z")).automaticallyRejected());
    }

    @Test
    void aHawaiiPatientIsUnder18UntilMidnightInHonolulu() {
        ScreeningInput hawaiian = new ScreeningInput(LocalDate.of(2008, 11, 30), "HI", PHQ9, GAD7, 124, 80, Set.of(), Set.of(), false, false, false);
        assertTrue(Screening.screen(hawaiian, Instant.parse("2026-11-30T09:00:00Z")).automaticallyRejected());
        assertFalse(Screening.screen(hawaiian, Instant.parse("2026-11-30T11:00:00Z")).automaticallyRejected());
    }

    @Test
    void aTexasPatientIsUnder18UntilMidnightInElPasoItsWesternZone() {
        ScreeningInput texan = new ScreeningInput(LocalDate.of(2008, 11, 30), "TX", PHQ9, GAD7, 124, 80, Set.of(), Set.of(), false, false, false);
        assertTrue(Screening.screen(texan, Instant.parse("2026-11-30T06:30:00Z")).automaticallyRejected(), "00:30 in Houston, 23:30 in El Paso");
        assertFalse(Screening.screen(texan, Instant.parse("2026-11-30T07:30:00Z")).automaticallyRejected());
    }

    @Test
    void someoneBornOnALeapDayIsUnder18OnThe28thOfFebruaryOfACommonYear() {
        ScreeningInput leapDay = input(LocalDate.of(2008, 2, 29), PHQ9, 124, 80, Set.of(), Set.of(), false, false, false);
        assertTrue(Screening.screen(leapDay, Instant.parse("2026-02-28T20:00:00Z")).automaticallyRejected());
        assertFalse(Screening.screen(leapDay, Instant.parse("2026-03-01T20:00:00Z")).automaticallyRejected());
    }

    @Test
    void bloodPressure159Over99IsNotUncontrolledHypertension() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 159, 99, Set.of(), Set.of(), false, false, false), AT);
        assertFalse(codes(result).contains(FlagCode.UNCONTROLLED_HYPERTENSION));
    }

    @Test
    void systolic160IsUncontrolledHypertension() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 160, 80, Set.of(), Set.of(), false, false, false), AT);
        assertEquals(Set.of(FlagCode.UNCONTROLLED_HYPERTENSION), codes(result));
        assertEquals(FlagKind.ABSOLUTE, result.flags().get(0).kind());
    }

    @Test
    void diastolic100IsUncontrolledHypertension() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 130, 100, Set.of(), Set.of(), false, false, false), AT);
        assertEquals(Set.of(FlagCode.UNCONTROLLED_HYPERTENSION), codes(result));
    }

    @Test
    void pregnancyOrNursingIsAnAbsoluteContraindication() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80, Set.of(), Set.of(), false, true, false), AT);
        assertEquals(Set.of(FlagCode.PREGNANT_OR_NURSING), result.codes(FlagKind.ABSOLUTE));
    }

    @Test
    void ketamineAllergyIsAnAbsoluteContraindication() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80, Set.of(), Set.of(), true, false, false), AT);
        assertEquals(Set.of(FlagCode.KETAMINE_ALLERGY), result.codes(FlagKind.ABSOLUTE));
    }

    @Test
    void activeSubstanceUseDisorderIsAnAbsoluteContraindication() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80, Set.of(), Set.of(), false, false, true), AT);
        assertEquals(Set.of(FlagCode.ACTIVE_SUBSTANCE_USE_DISORDER), result.codes(FlagKind.ABSOLUTE));
    }

    @Test
    void psychoticDisorderAndAneurysmalVascularDiseaseAreAbsoluteContraindications() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80,
                Set.of(Condition.PSYCHOTIC_DISORDER, Condition.ANEURYSMAL_VASCULAR_DISEASE), Set.of(), false, false, false), AT);
        assertEquals(Set.of(FlagCode.PSYCHOTIC_DISORDER, FlagCode.ANEURYSMAL_VASCULAR_DISEASE), result.codes(FlagKind.ABSOLUTE));
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"CARDIOVASCULAR_DISEASE", "HYPERTHYROIDISM", "LIVER_DISEASE",
            "BLADDER_OR_CYSTITIS_HISTORY", "BIPOLAR_DISORDER"})
    void theseConditionsAreRelativeContraindications(Condition condition) {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80, Set.of(condition), Set.of(), false, false, false), AT);
        assertEquals(Set.of(FlagCode.valueOf(condition.name())), result.codes(FlagKind.RELATIVE));
    }

    @Test
    void benzodiazepinesGabapentinoidsAndOpioidsAreRelativeContraindications() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), PHQ9, 124, 80, Set.of(),
                Set.of(MedicationClass.BENZODIAZEPINE, MedicationClass.GABAPENTINOID, MedicationClass.OPIOID, MedicationClass.SSRI),
                false, false, false), AT);
        assertEquals(Set.of(FlagCode.CURRENT_BENZODIAZEPINE, FlagCode.CURRENT_GABAPENTINOID, FlagCode.CURRENT_OPIOID),
                result.codes(FlagKind.RELATIVE));
    }

    @Test
    void phq9Item9AboveZeroIsUrgent() {
        ScreeningResult result = Screening.screen(input(LocalDate.of(1990, 1, 1), List.of(2, 2, 2, 2, 2, 2, 1, 1, 1), 124, 80,
                Set.of(), Set.of(), false, false, false), AT);
        assertTrue(result.urgent());
        assertEquals(Set.of(FlagCode.SELF_HARM_THOUGHTS), result.codes(FlagKind.URGENT));
    }

    @Test
    void everyFlagIsReportedTogether() {
        ScreeningResult result = Screening.screen(input(TODAY.minusYears(17), List.of(3, 3, 3, 3, 3, 3, 3, 3, 3), 170, 105,
                Set.of(Condition.BIPOLAR_DISORDER), Set.of(MedicationClass.OPIOID), true, true, true), AT);
        assertEquals(EnumSet.of(FlagCode.UNDER_18, FlagCode.PREGNANT_OR_NURSING, FlagCode.KETAMINE_ALLERGY,
                FlagCode.UNCONTROLLED_HYPERTENSION, FlagCode.ACTIVE_SUBSTANCE_USE_DISORDER, FlagCode.BIPOLAR_DISORDER,
                FlagCode.CURRENT_OPIOID, FlagCode.SELF_HARM_THOUGHTS), codes(result));
    }
}
