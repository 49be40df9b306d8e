package org.stillwater.prescription.pharmacy;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The pharmacy registry as the service uses it; checked once at start-up. */
@ApplicationScoped
public class Pharmacies {

    @Inject
    PharmacyRegistry registry;

    void check(@Observes StartupEvent started) {
        List<String> problems = RegistryCheck.problems(all());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the pharmacy registry is misconfigured: " + String.join("; ", problems));
        }
    }

    public List<Pharmacy> all() {
        return registry.pharmacies().entrySet().stream()
                .map(entry -> new Pharmacy(entry.getKey(), entry.getValue().name(), entry.getValue().deaRegistration(),
                        entry.getValue().licensedStates().stream().map(String::trim).toList()))
                .sorted(Comparator.comparing(Pharmacy::pharmacyId))
                .toList();
    }

    public Optional<Pharmacy> find(String pharmacyId) {
        return all().stream().filter(pharmacy -> pharmacy.pharmacyId().equals(pharmacyId)).findFirst();
    }
}
