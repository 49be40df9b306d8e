package org.stillwater.edge.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, from the bearer token: the role and the claims of DESIGN §3. Built once per request by
 * {@link CurrentCaller}; rules and access checks take it as a plain value.
 *
 * @param subject        the token's {@code sub}
 * @param name           {@code preferred_username} (a clinician's id in events and audit rows), or the client id
 * @param familyName     {@code family_name}: a prescriber's last name, whose initial their DEA number carries
 * @param role           the caller's role
 * @param partnerId      {@code partner_id} of a partner client
 * @param patientId      {@code patient_id} of a patient user
 * @param licensedStates {@code licensed_states} of a clinician
 * @param npi            {@code npi} of a clinician
 * @param deaNumber      {@code dea_number} of a clinician
 * @param pharmacyId     {@code pharmacy_id} of a pharmacist
 */
public record Caller(
        String subject,
        String name,
        Optional<String> familyName,
        Role role,
        Optional<String> partnerId,
        Optional<UUID> patientId,
        Set<String> licensedStates,
        Optional<String> npi,
        Optional<String> deaNumber,
        Optional<String> pharmacyId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isLicensedIn(String state) {
        return role == Role.CLINICIAN && state != null && licensedStates.contains(state);
    }
}
