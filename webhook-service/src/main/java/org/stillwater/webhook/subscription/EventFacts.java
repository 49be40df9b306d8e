package org.stillwater.webhook.subscription;

import java.util.UUID;

/**
 * What the audience of one event depends on.
 *
 * @param type       the CloudEvents type, e.g. {@code stillwater.ShipmentRequested.v1}
 * @param patientId  the patient the event is about (its subject)
 * @param partnerId  the patient's partner, {@code null} while not known yet
 * @param pharmacyId the pharmacy of a shipment event, {@code null} for every other event
 */
public record EventFacts(String type, UUID patientId, String partnerId, String pharmacyId) {
}
