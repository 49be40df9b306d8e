package org.stillwater.edge.deadletter;

import java.util.List;
import org.stillwater.messaging.deadletter.Replay;

/**
 * The answer to a replay of a filtered set: each dead letter replayed (oldest first) with what its replay did,
 * and how many open ones still match the filter (those still failing, and any beyond the limit).
 */
public record BulkReplay(List<Replay> replays, long stillOpen) {
}
