package org.stillwater.fhir;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Quantity;

/** UCUM quantities: mg of ketamine, troches counted as units, blood pressure in mm[Hg]. */
public final class Units {

    private Units() {
    }

    public static Quantity milligrams(int mg) {
        return quantity(mg, "mg", "mg");
    }

    /** A count of troches: UCUM's unity with the annotation {troche}. */
    public static Quantity troches(int count) {
        return quantity(count, count == 1 ? "troche" : "troches", "{troche}");
    }

    public static Quantity millimetresOfMercury(int value) {
        return quantity(value, "mmHg", "mm[Hg]");
    }

    private static Quantity quantity(int value, String unit, String ucum) {
        return new Quantity().setValue(BigDecimal.valueOf(value)).setUnit(unit).setSystem(Codes.UCUM).setCode(ucum);
    }
}
