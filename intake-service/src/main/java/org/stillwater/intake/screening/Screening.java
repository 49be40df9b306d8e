package org.stillwater.intake.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.scales.Gad7;
import org.stillwater.scales.Phq9;

/** Automated screening of an intake (DESIGN §6, Screening): scores, severity bands and every flag at once. */
public final class Screening {

    public static final int ADULT_AGE = 18;
    public static final int UNCONTROLLED_SYSTOLIC = 160;
    public static final int UNCONTROLLED_DIASTOLIC = 100;

    private Screening() {
    }

    /**
     * @param submittedAt when the intake was submitted (the service clock)
     * @throws org.stillwater.scales.InvalidAnswers when PHQ-9 or GAD-7 answers cannot be scored
     */
    public static ScreeningResult screen(ScreeningInput input, Instant submittedAt) {
        var phq9 = Phq9.score(input.phq9());
        var gad7 = Gad7.score(input.gad7());
        Set<FlagCode> flags = EnumSet.noneOf(FlagCode.class);
        if (isUnder18(input.dateOfBirth(), input.stateOfResidence(), submittedAt)) {
            flags.add(FlagCode.UNDER_18);
        }
        if (input.pregnantOrNursing()) {
            flags.add(FlagCode.PREGNANT_OR_NURSING);
        }
        if (input.ketamineAllergy()) {
            flags.add(FlagCode.KETAMINE_ALLERGY);
        }
        if (input.systolic() >= UNCONTROLLED_SYSTOLIC || input.diastolic() >= UNCONTROLLED_DIASTOLIC) {
            flags.add(FlagCode.UNCONTROLLED_HYPERTENSION);
        }
        if (input.activeSubstanceUseDisorder()) {
            flags.add(FlagCode.ACTIVE_SUBSTANCE_USE_DISORDER);
        }
        input.conditions().forEach(condition -> condition.flag().ifPresent(flags::add));
        input.medications().forEach(medication -> medication.flag().ifPresent(flags::add));
        if (Phq9.selfHarmThoughts(input.phq9())) {
            flags.add(FlagCode.SELF_HARM_THOUGHTS);
        }
        List<Flag> raised = flags.stream().map(Flag::of).toList();
        return new ScreeningResult(phq9, gad7, raised);
    }

    /**
     * Under 18 until the 18th birthday in the patient's own date ({@link PatientCalendar}: where they are youngest in
     * their state of residence; 29 February reached on 1 March in a common year): 17 years and 364 days is under 18.
     */
    static boolean isUnder18(LocalDate dateOfBirth, String stateOfResidence, Instant at) {
        return PatientCalendar.of(stateOfResidence).ageAt(dateOfBirth, at) < ADULT_AGE;
    }
}
