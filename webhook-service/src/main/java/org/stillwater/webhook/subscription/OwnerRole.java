package org.stillwater.webhook.subscription;

import java.util.Arrays;
import java.util.Optional;

/** Who may own a subscription (DESIGN §3 roles that may subscribe), as the {@code subscription.owner_role} column spells it. */
public enum OwnerRole {
    PARTNER("partner"),
    PHARMACIST("pharmacist"),
    OPS("ops");

    private final String column;

    OwnerRole(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public static Optional<OwnerRole> ofColumn(String value) {
        return Arrays.stream(values()).filter(role -> role.column.equals(value)).findFirst();
    }
}
