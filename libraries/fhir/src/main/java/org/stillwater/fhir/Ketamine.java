package org.stillwater.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Ratio;

/** Ketamine as FHIR knows it: the RxNorm ingredient 6130, and a lozenge of a given strength with its lot. */
public final class Ketamine {

    private Ketamine() {
    }

    /** RxNorm 6130 (ketamine), with the product as Stillwater names it for the text. */
    public static CodeableConcept code(String product) {
        return new CodeableConcept(new Coding(Codes.RXNORM, Codes.KETAMINE, "ketamine")).setText(product);
    }

    /** Ketamine to contain in a resource that names it without a strength or lot (e.g. as an adverse event's suspect). */
    public static Medication medication(String localId, String product) {
        Medication medication = new Medication();
        medication.setId(localId);
        medication.setCode(code(product));
        return medication;
    }

    /**
     * A lozenge of ketamine HCl to contain in the resource that dispenses it.
     *
     * @param localId    the id it is contained under (referenced as {@code #localId})
     * @param strengthMg mg of ketamine per lozenge
     * @param lotNumber  the lot dispensed, or null
     */
    public static Medication lozenge(String localId, String product, int strengthMg, String lotNumber) {
        Medication medication = new Medication();
        medication.setId(localId);
        medication.setCode(code(product));
        medication.setForm(new CodeableConcept().setText("sublingual lozenge"));
        medication.addIngredient()
                .setItem(new CodeableConcept(new Coding(Codes.RXNORM, Codes.KETAMINE, "ketamine")))
                .setIsActive(true)
                .setStrength(new Ratio()
                        .setNumerator(Units.milligrams(strengthMg))
                        .setDenominator(Units.lozenges(1)));
        if (lotNumber != null && !lotNumber.isBlank()) {
            medication.getBatch().setLotNumber(lotNumber);
        }
        return medication;
    }
}
