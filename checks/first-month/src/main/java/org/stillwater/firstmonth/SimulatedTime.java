package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * The platform's simulated clock (dev and test profiles): every service is moved by the same amount, and
 * only forward, so days can pass in seconds. As constructed it reads the clock (checkin-service's) whenever it is
 * asked the time, before every move too; {@link #tracking} reads it once and then keeps track of it itself.
 */
public final class SimulatedTime {

    private final Endpoints endpoints;
    private final Tokens tokens;
    private final Api api;
    private final boolean tracking;
    /** Tracking: the clock's time as last read or answered, and this JVM's {@link System#nanoTime()} then. */
    private Instant known;
    private long knownAtNanos;

    public SimulatedTime(Endpoints endpoints, Tokens tokens, Api api) {
        this(endpoints, tokens, api, false);
    }

    private SimulatedTime(Endpoints endpoints, Tokens tokens, Api api, boolean tracking) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.api = api;
        this.tracking = tracking;
    }

    /**
     * A clock that is read once, when first asked, and afterwards known without a request: the simulated clock runs
     * at the real pace between moves, and each move answers with the time it moved to. Only right while nobody else
     * moves the clock (one demo, or one benchmark cohort whose moves all go through this instance).
     */
    public static SimulatedTime tracking(Endpoints endpoints, Tokens tokens, Api api) {
        return new SimulatedTime(endpoints, tokens, api, true);
    }

    public synchronized Instant now() {
        if (tracking && known != null) {
            return known.plusNanos(System.nanoTime() - knownAtNanos);
        }
        JsonNode clock = api.get(endpoints.checkin() + "/api/v1/dev/clock", ops()).expect("reading the clock");
        remember(clock);
        return Instant.parse(clock.path("now").asText());
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            return;
        }
        for (String service : endpoints.services()) {
            JsonNode moved = api.post(service + "/api/v1/dev/clock", ops(), Map.of("advanceBy", by.toString())).expect("moving the clock of " + service);
            if (service.equals(endpoints.checkin())) {
                remember(moved);
            }
        }
    }

    /** Moves every service's clock to {@code instant}, or not at all if it is already past it. */
    public synchronized void advanceTo(Instant instant) {
        advance(Duration.between(now(), instant));
    }

    private void remember(JsonNode clock) {
        known = Instant.parse(clock.path("now").asText());
        knownAtNanos = System.nanoTime();
    }

    private String ops() {
        return tokens.user(DemoAccounts.OPS);
    }
}
