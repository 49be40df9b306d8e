package org.stillwater.edge.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The realm roles of DESIGN §3. */
public enum Role {
    PARTNER("partner"),
    PATIENT("patient"),
    CLINICIAN("clinician"),
    PHARMACIST("pharmacist"),
    OPS("ops");

    public static final String PARTNER_ROLE = "partner";
    public static final String PATIENT_ROLE = "patient";
    public static final String CLINICIAN_ROLE = "clinician";
    public static final String PHARMACIST_ROLE = "pharmacist";
    public static final String OPS_ROLE = "ops";

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    /** The caller's role; a token with several of our roles acts in the first one of this order. */
    static Optional<Role> primary(Set<String> realmRoles) {
        return Arrays.stream(values()).filter(role -> realmRoles.contains(role.realmRole)).findFirst();
    }
}
