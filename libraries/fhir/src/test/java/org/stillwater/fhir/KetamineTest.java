package org.stillwater.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** DESIGN's "lozenges (troches)": FHIR says lozenge too, in the dose form and in UCUM's annotation of a count. */
class KetamineTest {

    @Test
    void lozengesAreCountedAsUcumUnityAnnotatedLozenge() {
        Quantity six = Units.lozenges(6);

        assertEquals(BigDecimal.valueOf(6), six.getValue());
        assertEquals("lozenges", six.getUnit());
        assertEquals(Codes.UCUM, six.getSystem());
        assertEquals("{lozenge}", six.getCode());
        assertEquals("lozenge", Units.lozenges(1).getUnit());
    }

    @Test
    void aDispensedLozengeIsASublingualLozengeOfItsStrengthPerLozenge() {
        Medication lozenge = Ketamine.lozenge("med", "ketamine HCl sublingual lozenge", 100, "LOT-7");

        assertEquals("sublingual lozenge", lozenge.getForm().getText());
        assertEquals("{lozenge}", lozenge.getIngredientFirstRep().getStrength().getDenominator().getCode());
        assertEquals(BigDecimal.valueOf(100), lozenge.getIngredientFirstRep().getStrength().getNumerator().getValue());
        assertEquals("LOT-7", lozenge.getBatch().getLotNumber());
    }
}
