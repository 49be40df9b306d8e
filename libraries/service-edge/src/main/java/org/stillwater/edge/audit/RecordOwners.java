package org.stillwater.edge.audit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The patient whose record a path's own id names (e.g. {@code /intakes/{intakeId}}): each service that has such
 * paths provides one bean of this type. With it the audit trail names the patient of a request for a record even
 * when the answer is a refusal given before any resource code ran (no or a forged token: 401; a role that may not
 * call the endpoint: 403), so "who tried to see this patient's records?" finds every attempt.
 */
public interface RecordOwners {

    /**
     * For each path parameter that names a record of this service (e.g. {@code intakeId}), how to find the patient
     * the record belongs to: empty for an id that names no record.
     */
    Map<String, Function<UUID, Optional<UUID>>> byPathParameter();
}
