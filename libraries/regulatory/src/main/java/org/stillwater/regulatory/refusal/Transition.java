package org.stillwater.regulatory.refusal;

import java.util.List;
import java.util.Optional;

/**
 * What a state transition decided: refused, with every reason and nothing changed, or done, with the events it
 * causes (in the order they are to be published). The transition changes its aggregate only when it is done;
 * one place stores the aggregate and publishes the events.
 *
 * @param <E> the kind of event the transition announces
 */
public final class Transition<E> {

    private final Refused refused;
    private final List<E> events;

    private Transition(Refused refused, List<E> events) {
        this.refused = refused;
        this.events = List.copyOf(events);
    }

    public static <E> Transition<E> refused(Refused refused) {
        return new Transition<>(refused, List.of());
    }

    /** Done, announcing {@code events} (none when the change concerns no other service). */
    @SafeVarargs
    public static <E> Transition<E> done(E... events) {
        return new Transition<>(null, List.of(events));
    }

    /** Done, announcing {@code events}. */
    public static <E> Transition<E> done(List<? extends E> events) {
        return new Transition<>(null, List.copyOf(events));
    }

    /** Why the transition was refused, if it was. */
    public Optional<Refused> refusal() {
        return Optional.ofNullable(refused);
    }

    /** The events the transition causes: none when it was refused. */
    public List<E> events() {
        return events;
    }

    @Override
    public String toString() {
        return refused == null ? "done " + events : "refused " + refused;
    }
}
