package org.stillwater.session.gate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The gate's answer: every reason that refuses the session (none: it may start), and whether a reading
 * reached the crisis limit, which needs an URGENT check-in.
 */
public record GateDecision(List<BlockReason> reasons, boolean urgentEscalation) {

    public GateDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean passes() {
        return reasons.isEmpty();
    }

    public List<String> codes() {
        return reasons.stream().map(reason -> reason.code().name()).toList();
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(reason -> reason.code() == code);
    }

    /** The latest time a reason names: when every reason that clears by waiting has cleared. */
    public Instant retryAfter() {
        return reasons.stream().map(BlockReason::retryAfter).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
