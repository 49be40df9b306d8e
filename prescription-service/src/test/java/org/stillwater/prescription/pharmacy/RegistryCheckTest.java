package org.stillwater.prescription.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryCheckTest {

    @Test
    void theDemoPharmaciesAreAValidRegistry() {
        assertTrue(RegistryCheck.problems(List.of(
                new Pharmacy("sunrise", "Sunrise Compounding Pharmacy", "FS1234563", List.of("CA", "NY", "TX")),
                new Pharmacy("harbor", "Harbor Specialty Pharmacy", "FH3141594", List.of("CA")))).isEmpty());
    }

    @Test
    void everyProblemOfAnEntryIsNamed() {
        List<String> problems = RegistryCheck.problems(List.of(new Pharmacy("Bad Id", " ", "FS1234560", List.of("CA", "XX"))));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("lower-case"));
        assertTrue(problems.get(1).contains(".name is blank"));
        assertTrue(problems.get(2).contains(".dea-registration fails the DEA check digit"));
        assertTrue(problems.get(3).contains("XX is not a US state code"));
    }

    @Test
    void aPharmacyLicensedNowhereIsAProblem() {
        assertEquals(List.of("stillwater.pharmacies.nowhere.licensed-states is empty"),
                RegistryCheck.problems(List.of(new Pharmacy("nowhere", "Nowhere", "FN1234563", List.of()))));
    }

    @Test
    void anEmptyRegistryIsAProblem() {
        assertEquals(1, RegistryCheck.problems(List.of()).size());
    }

    @Test
    void licensedStatesAreSortedAndDistinct() {
        assertEquals(List.of("CA", "NY", "TX"), new Pharmacy("p", "P", "FP1234563", List.of("TX", "CA", "NY", "CA")).licensedStates());
    }
}
