package org.stillwater.edge.deadletter;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetters;

/**
 * Adds {@code deadLetterId} to every service's {@link RecordOwners}: a refused call on a dead letter (401, 403) is
 * audited against the patient the dead letter is about, like a refused call on any other record of the service.
 */
@Decorator
@Priority(1)
public abstract class DeadLetterRecordOwners implements RecordOwners {

    @Inject
    @Delegate
    RecordOwners service;

    @Inject
    DeadLetters deadLetters;

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        Map<String, Function<UUID, Optional<UUID>>> owners = new HashMap<>(service.byPathParameter());
        owners.put("deadLetterId", id -> deadLetters.find(id).map(DeadLetter::patientId));
        return owners;
    }
}
