package org.stillwater.webhook.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.stillwater.contracts.EventType;
import org.stillwater.contracts.Topics;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Who may receive which events (the issue-16 plan; DESIGN §5 "a caller only ever receives events it could read
 * through the REST API"): a partner every type about its own patients; a pharmacist the shipment events of its own
 * pharmacy; ops every type, as the envelope without {@code data} (ops sees no clinical content).
 */
public final class EventAudiencePolicy {

    private static final List<String> ALL_TYPES = Arrays.stream(EventType.values()).map(EventType::cloudEventType).toList();
    private static final List<String> SHIPMENT_TYPES = Arrays.stream(EventType.values())
            .filter(type -> Topics.PHARMACY_SHIPMENTS.equals(type.topic())).map(EventType::cloudEventType).toList();

    private EventAudiencePolicy() {
    }

    /** The CloudEvents types {@code role} may subscribe to, in the catalog's order. */
    public static List<String> receivableTypes(OwnerRole role) {
        return role == OwnerRole.PHARMACIST ? SHIPMENT_TYPES : ALL_TYPES;
    }

    /**
     * Every type of {@code eventTypes} that is not in the catalog ({@code unknown-event-type}) or that {@code role}
     * may not receive ({@code event-type-not-allowed}), each naming the type; none for an empty list (= all it may receive).
     */
    public static List<Refusal> refusedTypes(OwnerRole role, List<String> eventTypes) {
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            String field = "eventTypes[" + i + "]";
            if (!ALL_TYPES.contains(type)) {
                refusals.add(new Refusal(field, "unknown-event-type", type + " is not an event type of the catalog"));
            } else if (!receivableTypes(role).contains(type)) {
                refusals.add(new Refusal(field, "event-type-not-allowed", "a " + role.column() + " may not receive " + type));
            }
        }
        return refusals;
    }

    /** The list as stored: each type once, in the order given. */
    public static List<String> normalized(List<String> eventTypes) {
        return List.copyOf(new LinkedHashSet<>(eventTypes));
    }

    /**
     * Whether the subscription of {@code ownerId} in {@code role}, for {@code eventTypes} (empty = every type it may
     * receive), receives the event. A partner's event whose partner is not known yet is received by no partner.
     */
    public static boolean receives(OwnerRole role, String ownerId, List<String> eventTypes, EventFacts event) {
        if (!receivableTypes(role).contains(event.type())) {
            return false;
        }
        if (!eventTypes.isEmpty() && !eventTypes.contains(event.type())) {
            return false;
        }
        return switch (role) {
            case PARTNER -> ownerId.equals(event.partnerId());
            case PHARMACIST -> ownerId.equals(event.pharmacyId());
            case OPS -> true;
        };
    }

    /** Ops receives the envelope without {@code data}: it sees no clinical content. */
    public static boolean stripsData(OwnerRole role) {
        return role == OwnerRole.OPS;
    }
}
