package org.stillwater.webhook.subscription;

/**
 * Who owns a subscription: a partner by its partner_id, a pharmacist by its pharmacy_id (every pharmacist of a pharmacy
 * shares its subscriptions), ops by the token's subject.
 */
public record Owner(OwnerRole role, String id) {
}
