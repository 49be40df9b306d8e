package org.stillwater.messaging.deadletter;

/** One dead letter replayed: what the replay did and the dead letter as it stands after it. */
public record Replay(DeadLetter deadLetter, ReplayOutcome outcome) {
}
