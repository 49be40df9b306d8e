package org.stillwater.edge.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.edge.audit.RecordOwners;

/** The patient a {@code noteId} in a path names, as each service names the owners of its records. */
@ApplicationScoped
public class NoteOwners implements RecordOwners {

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        return Map.of("noteId", id -> Note.<Note>findByIdOptional(id).map(note -> note.patientId));
    }
}
