package org.stillwater.messaging.deadletter;

/**
 * What replaying a dead letter did. The first three close it (REPLAYED): its event was handled now, had been
 * handled before (the inbox holds its id, so nothing changed), or is of a type this service does not react to.
 * STILL_FAILING leaves it open, with the new error and one more attempt.
 */
public enum ReplayOutcome {
    HANDLED,
    ALREADY_HANDLED,
    NOT_HANDLED_HERE,
    STILL_FAILING
}
