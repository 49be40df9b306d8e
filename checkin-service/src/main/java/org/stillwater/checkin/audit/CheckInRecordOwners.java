package org.stillwater.checkin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.edge.audit.RecordOwners;

/** The patient of each record id in checkin-service's paths, for the audit trail (paths by patientId need none). */
@ApplicationScoped
public class CheckInRecordOwners implements RecordOwners {

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        return Map.of("checkInId", id -> CheckIn.<CheckIn>findByIdOptional(id).map(checkIn -> checkIn.patientId));
    }
}
