package org.stillwater.fhir;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Quantity;

/** UCUM quantities: mg of ketamine, lozenges counted as units, blood pressure in mm[Hg]. */
public final class Units {

    private Units() {
    }

    public static Quantity milligrams(int mg) {
        return quantity(mg, "mg", "mg");
    }

    /** A count of lozenges: UCUM's unity with the annotation {lozenge}. */
    public static Quantity lozenges(int count) {
        return quantity(count, count == 1 ? "lozenge" : "lozenges", "{lozenge}");
    }

    public static Quantity millimetresOfMercury(int value) {
        return quantity(value, "mmHg", "mm[Hg]");
    }

    private static Quantity quantity(int value, String unit, String ucum) {
        return new Quantity().setValue(BigDecimal.valueOf(value)).setUnit(unit).setSystem(Codes.UCUM).setCode(ucum);
    }
}
