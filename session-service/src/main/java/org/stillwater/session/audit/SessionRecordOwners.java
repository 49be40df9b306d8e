package org.stillwater.session.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.session.adverse.AdverseEvent;
import org.stillwater.session.homesession.HomeSession;

/** The patient of each record id in session-service's paths, for the audit trail (paths by patientId need none). */
@ApplicationScoped
public class SessionRecordOwners implements RecordOwners {

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        return Map.of(
                "sessionId", id -> Optional.ofNullable(HomeSession.patientOf(id)),
                "adverseEventId", id -> AdverseEvent.<AdverseEvent>findByIdOptional(id).map(event -> event.patientId));
    }
}
