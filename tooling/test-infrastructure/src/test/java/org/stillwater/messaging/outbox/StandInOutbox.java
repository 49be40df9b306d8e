package org.stillwater.messaging.outbox;

/** Stands in for messaging's Outbox (this module does not depend on messaging): only its package matters here. */
public class StandInOutbox {

    public void publish(String event) {
        // a fixture: the architecture rules look at who calls it, not at what it does
    }
}
