package org.stillwater.firstmonth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * The platform's simulated clock (dev and test profiles): every service is moved by the same amount, and
 * only forward, so days can pass in seconds.
 */
public final class SimulatedTime {

    private final Endpoints endpoints;
    private final Tokens tokens;
    private final Api api;

    public SimulatedTime(Endpoints endpoints, Tokens tokens, Api api) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.api = api;
    }

    public Instant now() {
        return Instant.parse(api.get(endpoints.checkin() + "/api/v1/dev/clock", ops()).expect("reading the clock").path("now").asText());
    }

    public void advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            return;
        }
        for (String service : endpoints.services()) {
            api.post(service + "/api/v1/dev/clock", ops(), Map.of("advanceBy", by.toString())).expect("moving the clock of " + service);
        }
    }

    /** Moves every service's clock to {@code instant}, or not at all if it is already past it. */
    public void advanceTo(Instant instant) {
        advance(Duration.between(now(), instant));
    }

    private String ops() {
        return tokens.user(DemoAccounts.OPS);
    }
}
