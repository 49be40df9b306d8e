package org.stillwater.intake.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stillwater.intake.screening.FlagCode;
import org.stillwater.regulatory.refusal.Refusal;

class EvaluationPolicyTest {

    private static final LocalDate FLEXIBILITY_UNTIL = LocalDate.of(2026, 12, 31);
    private static final LocalDate BORN_ON = LocalDate.of(1990, 3, 14);

    private static EvaluationFacts approval(Modality modality, Set<FlagCode> absolute, Set<FlagCode> relative,
                                            List<FlagCode> acknowledged, LocalDate today, LocalDate inPerson, boolean licensed) {
        return new EvaluationFacts(licensed, Decision.APPROVE, modality, absolute, relative, acknowledged, List.of(),
                inPerson, BORN_ON, today, FLEXIBILITY_UNTIL);
    }

    private static EvaluationFacts plainApproval() {
        return approval(Modality.VIDEO, Set.of(), Set.of(), List.of(), LocalDate.of(2026, 11, 26), null, true);
    }

    private static List<String> codes(EvaluationFacts facts) {
        return EvaluationPolicy.refusals(facts).stream().map(Refusal::code).toList();
    }

    @Test
    void aVideoApprovalWithoutFlagsByALicensedClinicianPasses() {
        assertTrue(EvaluationPolicy.refusals(plainApproval()).isEmpty());
    }

    @Test
    void anInPersonEvaluationDatedBeforeThePatientsBirthIsRefused() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(List.of("in-person-evaluation-before-birth"),
                codes(approval(Modality.IN_PERSON, Set.of(), Set.of(), List.of(), today, BORN_ON.minusDays(1), true)));
        assertTrue(codes(approval(Modality.IN_PERSON, Set.of(), Set.of(), List.of(), today, BORN_ON, true)).isEmpty());
    }

    @Test
    void anInPersonEvaluationDatedAfterTodayInThePatientsStateIsRefused() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(List.of("in-person-evaluation-in-the-future"),
                codes(approval(Modality.IN_PERSON, Set.of(), Set.of(), List.of(), today, today.plusDays(1), true)));
        assertTrue(codes(approval(Modality.IN_PERSON, Set.of(), Set.of(), List.of(), today, today, true)).isEmpty());
    }

    @Test
    void aClinicianWithoutALicenceForThePatientsStateIsRefused() {
        assertEquals(List.of("clinician-not-licensed"),
                codes(approval(Modality.VIDEO, Set.of(), Set.of(), List.of(), LocalDate.of(2026, 11, 26), null, false)));
    }

    @Test
    void audioOnlyIsRefusedForAControlledSubstance() {
        assertEquals(List.of("audio-only-refused"),
                codes(approval(Modality.AUDIO_ONLY, Set.of(), Set.of(), List.of(), LocalDate.of(2026, 11, 26), null, true)));
    }

    @Test
    void anAbsoluteContraindicationRefusesApprovalEvenWhenAcknowledged() {
        assertEquals(List.of("absolute-contraindication", "not-a-flag-of-this-intake"),
                codes(approval(Modality.VIDEO, Set.of(FlagCode.PREGNANT_OR_NURSING), Set.of(),
                        List.of(FlagCode.PREGNANT_OR_NURSING), LocalDate.of(2026, 11, 26), null, true)));
    }

    @Test
    void eachRelativeFlagMustBeAcknowledgedByItsCode() {
        List<Refusal> refusals = EvaluationPolicy.refusals(approval(Modality.VIDEO, Set.of(),
                Set.of(FlagCode.HYPERTHYROIDISM, FlagCode.CURRENT_OPIOID), List.of(FlagCode.HYPERTHYROIDISM),
                LocalDate.of(2026, 11, 26), null, true));
        assertEquals(1, refusals.size());
        assertEquals("relative-contraindication-not-acknowledged", refusals.get(0).code());
        assertTrue(refusals.get(0).message().startsWith("CURRENT_OPIOID"));
    }

    @Test
    void acknowledgingEveryRelativeFlagAllowsApproval() {
        assertTrue(codes(approval(Modality.VIDEO, Set.of(), Set.of(FlagCode.HYPERTHYROIDISM, FlagCode.CURRENT_OPIOID),
                List.of(FlagCode.HYPERTHYROIDISM, FlagCode.CURRENT_OPIOID), LocalDate.of(2026, 11, 26), null, true)).isEmpty());
    }

    @Test
    void onTheLastDayOfTheTelemedicineFlexibilityAVideoApprovalNeedsNoInPersonRecord() {
        assertTrue(codes(approval(Modality.VIDEO, Set.of(), Set.of(), List.of(), FLEXIBILITY_UNTIL, null, true)).isEmpty());
    }

    @Test
    void theDayAfterTheFlexibilityEndsAVideoApprovalNeedsAnInPersonRecord() {
        assertEquals(List.of("in-person-evaluation-required"),
                codes(approval(Modality.VIDEO, Set.of(), Set.of(), List.of(), FLEXIBILITY_UNTIL.plusDays(1), null, true)));
    }

    @Test
    void afterTheFlexibilityAVideoApprovalWithAnInPersonRecordPasses() {
        assertTrue(codes(approval(Modality.VIDEO, Set.of(), Set.of(), List.of(), FLEXIBILITY_UNTIL.plusDays(1),
                LocalDate.of(2026, 10, 1), true)).isEmpty());
    }

    @Test
    void afterTheFlexibilityAnInPersonApprovalPasses() {
        assertTrue(codes(approval(Modality.IN_PERSON, Set.of(), Set.of(), List.of(), FLEXIBILITY_UNTIL.plusDays(1), null, true)).isEmpty());
    }

    @Test
    void aRejectionNamesAtLeastOneReason() {
        EvaluationFacts rejection = new EvaluationFacts(true, Decision.REJECT, Modality.VIDEO, Set.of(), Set.of(), List.of(),
                List.of(), null, BORN_ON, LocalDate.of(2026, 11, 26), FLEXIBILITY_UNTIL);
        assertEquals(List.of("reason-required"), codes(rejection));
    }

    @Test
    void everyFailingRuleIsReportedTogether() {
        assertEquals(List.of("clinician-not-licensed", "audio-only-refused", "absolute-contraindication",
                        "relative-contraindication-not-acknowledged"),
                codes(approval(Modality.AUDIO_ONLY, Set.of(FlagCode.KETAMINE_ALLERGY), Set.of(FlagCode.LIVER_DISEASE),
                        List.of(), LocalDate.of(2026, 11, 26), null, false)));
    }
}
