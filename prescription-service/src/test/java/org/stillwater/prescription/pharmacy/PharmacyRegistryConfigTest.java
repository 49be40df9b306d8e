package org.stillwater.prescription.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry's documented format, and its environment variables, as SmallRye Config reads them. */
class PharmacyRegistryConfigTest {

    private static PharmacyRegistry registry(Map<String, String> properties, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PharmacyRegistry.class)
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
        return config.getConfigMapping(PharmacyRegistry.class);
    }

    @Test
    void anEnvironmentVariableOverridesAConfiguredPharmacy() {
        PharmacyRegistry registry = registry(Map.of(
                        "stillwater.pharmacies.harbor.name", "Harbor Specialty Pharmacy",
                        "stillwater.pharmacies.harbor.dea-registration", "FH3141594",
                        "stillwater.pharmacies.harbor.licensed-states", "CA"),
                Map.of("STILLWATER_PHARMACIES_HARBOR_LICENSED_STATES", "CA,OR"));
        assertEquals(Set.of("CA", "OR"), registry.pharmacies().get("harbor").licensedStates());
    }

    @Test
    void environmentVariablesAloneAddAPharmacy() {
        PharmacyRegistry registry = registry(Map.of(), Map.of(
                "STILLWATER_PHARMACIES_CORNER_NAME", "Corner Pharmacy",
                "STILLWATER_PHARMACIES_CORNER_DEA_REGISTRATION", "FC1234563",
                "STILLWATER_PHARMACIES_CORNER_LICENSED_STATES", "WA"));
        assertEquals(Set.of("corner"), registry.pharmacies().keySet());
        assertEquals("Corner Pharmacy", registry.pharmacies().get("corner").name());
    }
}
