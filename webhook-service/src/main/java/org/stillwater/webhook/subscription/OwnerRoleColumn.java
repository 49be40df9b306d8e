package org.stillwater.webhook.subscription;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link OwnerRole} as the lower-case realm role the table's check constraint expects. */
@Converter(autoApply = true)
public class OwnerRoleColumn implements AttributeConverter<OwnerRole, String> {

    @Override
    public String convertToDatabaseColumn(OwnerRole role) {
        return role == null ? null : role.column();
    }

    @Override
    public OwnerRole convertToEntityAttribute(String column) {
        return column == null ? null : OwnerRole.ofColumn(column)
                .orElseThrow(() -> new IllegalStateException("unknown owner_role " + column));
    }
}
