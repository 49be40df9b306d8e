package org.stillwater.checkin.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.stillwater.contracts.EventData;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/**
 * Every event this service consumes leaves a {@link JourneyFact}, once per fact: each consumed event type has its
 * {@code <Event>Handler} in this package, a subclass naming the event and the {@link Fact} it carries.
 */
abstract class JourneyFactHandler<T extends EventData> implements EventHandler<T> {

    private final Class<T> eventClass;
    private final Function<T, Fact> fact;

    @Inject
    ObjectMapper json;

    JourneyFactHandler(Class<T> eventClass, Function<T, Fact> fact) {
        this.eventClass = eventClass;
        this.fact = fact;
    }

    @Override
    public Class<T> eventClass() {
        return eventClass;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        JourneyFact.record(event.id(), event.data().patientId(), fact.apply(event.data()), json);
    }
}
