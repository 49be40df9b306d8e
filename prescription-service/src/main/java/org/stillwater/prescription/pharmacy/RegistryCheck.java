package org.stillwater.prescription.pharmacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.stillwater.edge.validation.UsStates;
import org.stillwater.regulatory.dea.DeaNumber;

/** What makes a registry entry unusable; the service refuses to start with any (a misconfigured pharmacy is never used). */
public final class RegistryCheck {

    private static final Pattern PHARMACY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private RegistryCheck() {
    }

    public static List<String> problems(List<Pharmacy> pharmacies) {
        List<String> problems = new ArrayList<>();
        if (pharmacies.isEmpty()) {
            problems.add("no pharmacy is configured (stillwater.pharmacies.<id>.*)");
        }
        for (Pharmacy pharmacy : pharmacies) {
            String key = "stillwater.pharmacies." + pharmacy.pharmacyId();
            if (!PHARMACY_ID.matcher(pharmacy.pharmacyId()).matches()) {
                problems.add(key + ": the id must be 1 to 64 lower-case letters, digits or dashes");
            }
            if (pharmacy.name().isBlank()) {
                problems.add(key + ".name is blank");
            }
            DeaNumber.pharmacyProblems(pharmacy.deaRegistration())
                    .forEach(problem -> problems.add(key + ".dea-registration " + problem.message()));
            if (pharmacy.licensedStates().isEmpty()) {
                problems.add(key + ".licensed-states is empty");
            }
            pharmacy.licensedStates().stream().filter(state -> !UsStates.isState(state))
                    .forEach(state -> problems.add(key + ".licensed-states: " + state + " is not a US state code"));
        }
        return problems;
    }
}
