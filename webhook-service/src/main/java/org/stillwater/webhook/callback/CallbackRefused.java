package org.stillwater.webhook.callback;

import java.util.List;
import org.stillwater.regulatory.refusal.Refusal;

/** A callback URL that may not be called: every rule it breaks. */
public class CallbackRefused extends RuntimeException {

    private final List<Refusal> refusals;

    public CallbackRefused(List<Refusal> refusals) {
        super("the callback URL is refused: " + String.join("; ", refusals.stream().map(Refusal::message).toList()));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
