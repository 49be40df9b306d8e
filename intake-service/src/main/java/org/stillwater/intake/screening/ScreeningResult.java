package org.stillwater.intake.screening;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stillwater.scales.ScaleScore;

/** Scores, severities and every flag raised, in the order of {@link FlagCode}. */
public record ScreeningResult(ScaleScore phq9, ScaleScore gad7, List<Flag> flags) {

    public boolean urgent() {
        return has(FlagKind.URGENT);
    }

    public boolean automaticallyRejected() {
        return has(FlagKind.AUTOMATIC_REJECTION);
    }

    public Set<FlagCode> codes(FlagKind kind) {
        return flags.stream().filter(flag -> flag.kind() == kind).map(Flag::code).collect(Collectors.toUnmodifiableSet());
    }

    private boolean has(FlagKind kind) {
        return flags.stream().anyMatch(flag -> flag.kind() == kind);
    }
}
