package org.stillwater.edge.validation;

import java.util.Set;

/** The two-letter codes of the US states and DC, where a patient may reside and a licence may be held. */
public final class UsStates {

    public static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    private UsStates() {
    }

    public static boolean isState(String code) {
        return code != null && CODES.contains(code);
    }
}
