package org.stillwater.prescription.refill;

/**
 * A patient's lozenges: delivered (signed-for shipments) minus used (logged sessions) is on hand, never below zero
 * (more logged than delivered, e.g. a delivery still being recorded, means nothing is left).
 */
public record Supply(long unitsDelivered, long unitsUsed, long unitsOnHand, long sessionsLogged) {

    public static Supply of(long unitsDelivered, long unitsUsed, long sessionsLogged) {
        return new Supply(unitsDelivered, unitsUsed, Math.max(0, unitsDelivered - unitsUsed), sessionsLogged);
    }
}
