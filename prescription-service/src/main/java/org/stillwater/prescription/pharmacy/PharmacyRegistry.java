package org.stillwater.prescription.pharmacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Set;

/**
 * The configured pharmacies ({@code stillwater.pharmacies.<pharmacyId>.*}): the registry prescriptions are
 * sent to. The pharmacist's token carries the pharmacy id as its {@code pharmacy_id} claim.
 */
@ConfigMapping(prefix = "stillwater.pharmacies")
public interface PharmacyRegistry {

    @WithParentName
    Map<String, Entry> pharmacies();

    interface Entry {

        String name();

        /** The pharmacy's DEA registration number (two letters, seven digits, valid check digit). */
        String deaRegistration();

        /** Two-letter codes of the US states the pharmacy is licensed to dispense to. */
        Set<String> licensedStates();
    }
}
