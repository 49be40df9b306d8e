package org.stillwater.prescription.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stillwater.regulatory.refusal.Refusal;

/** A pharmacy ships a patient's fill only where it holds a licence: the state of residence and the ship-to state. */
class PharmacyJurisdictionTest {

    private static final Pharmacy SUNRISE = new Pharmacy("sunrise", "Sunrise Compounding Pharmacy", "FS1234563", List.of("CA", "NY", "TX"));
    private static final Pharmacy HARBOR = new Pharmacy("harbor", "Harbor Specialty Pharmacy", "FH3141594", List.of("CA"));

    @ParameterizedTest(name = "{0}: resident of {1}, shipped to {2} -> {3}")
    @CsvSource({
            "sunrise, CA, CA, ''",
            "sunrise, CA, TX, ''",
            "sunrise, TX, CA, ''",
            "sunrise, CA, OR, pharmacy-not-licensed-in-ship-to-state",
            "sunrise, OR, CA, pharmacy-not-licensed",
            "harbor,  CA, CA, ''",
            "harbor,  CA, TX, pharmacy-not-licensed-in-ship-to-state",
            "harbor,  TX, CA, pharmacy-not-licensed",
            "harbor,  TX, TX, pharmacy-not-licensed",
            "harbor,  NY, TX, pharmacy-not-licensed pharmacy-not-licensed-in-ship-to-state"})
    void shipToAndResidenceWithEachPharmacy(String pharmacyId, String residence, String shipTo, String expected) {
        Pharmacy pharmacy = pharmacyId.equals("sunrise") ? SUNRISE : HARBOR;
        List<String> codes = PharmacyJurisdiction.refusals(pharmacyId, Optional.of(pharmacy), residence, shipTo).stream()
                .map(Refusal::code).toList();
        assertEquals(expected.isBlank() ? List.of() : List.of(expected.split(" ")), codes);
    }

    @ParameterizedTest
    @CsvSource({"CA, CA", "CA, TX"})
    void aPharmacyOutsideTheRegistryShipsNowhere(String residence, String shipTo) {
        assertEquals(List.of("unknown-pharmacy"), PharmacyJurisdiction.refusals("corner", Optional.empty(), residence, shipTo).stream()
                .map(Refusal::code).toList());
    }
}
