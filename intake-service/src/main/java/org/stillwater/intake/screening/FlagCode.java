package org.stillwater.intake.screening;

/** Every flag screening can raise (DESIGN §6, Screening), with its kind and what it means. */
public enum FlagCode {
    UNDER_18(FlagKind.AUTOMATIC_REJECTION, "the patient is under 18"),

    PREGNANT_OR_NURSING(FlagKind.ABSOLUTE, "pregnancy or nursing"),
    PSYCHOTIC_DISORDER(FlagKind.ABSOLUTE, "psychotic disorder"),
    KETAMINE_ALLERGY(FlagKind.ABSOLUTE, "allergy to ketamine"),
    ANEURYSMAL_VASCULAR_DISEASE(FlagKind.ABSOLUTE, "aneurysmal vascular disease"),
    UNCONTROLLED_HYPERTENSION(FlagKind.ABSOLUTE, "uncontrolled hypertension (blood pressure at or above 160/100)"),
    ACTIVE_SUBSTANCE_USE_DISORDER(FlagKind.ABSOLUTE, "active substance-use disorder"),

    CARDIOVASCULAR_DISEASE(FlagKind.RELATIVE, "cardiovascular disease"),
    HYPERTHYROIDISM(FlagKind.RELATIVE, "hyperthyroidism"),
    LIVER_DISEASE(FlagKind.RELATIVE, "liver disease"),
    BLADDER_OR_CYSTITIS_HISTORY(FlagKind.RELATIVE, "history of bladder problems or cystitis"),
    BIPOLAR_DISORDER(FlagKind.RELATIVE, "bipolar disorder"),
    CURRENT_BENZODIAZEPINE(FlagKind.RELATIVE, "currently taking a benzodiazepine"),
    CURRENT_GABAPENTINOID(FlagKind.RELATIVE, "currently taking a gabapentinoid"),
    CURRENT_OPIOID(FlagKind.RELATIVE, "currently taking an opioid"),

    SELF_HARM_THOUGHTS(FlagKind.URGENT, "PHQ-9 item 9 above 0: thoughts of self-harm");

    private final FlagKind kind;
    private final String meaning;

    FlagCode(FlagKind kind, String meaning) {
        this.kind = kind;
        this.meaning = meaning;
    }

    public FlagKind kind() {
        return kind;
    }

    public String meaning() {
        return meaning;
    }
}
