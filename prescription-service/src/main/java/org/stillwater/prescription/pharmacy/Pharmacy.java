package org.stillwater.prescription.pharmacy;

import java.util.List;

/** A pharmacy of the registry; its licensed states in alphabetical order. */
public record Pharmacy(String pharmacyId, String name, String deaRegistration, List<String> licensedStates) {

    public Pharmacy {
        licensedStates = licensedStates.stream().sorted().distinct().toList();
    }

    public boolean isLicensedIn(String state) {
        return licensedStates.contains(state);
    }
}
