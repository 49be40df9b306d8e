package org.stillwater.intake.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.stillwater.edge.audit.RecordOwners;
import org.stillwater.intake.screening.Intake;

/** The patient of each record id in intake-service's paths, for the audit trail (paths by patientId need none). */
@ApplicationScoped
public class IntakeRecordOwners implements RecordOwners {

    @Override
    public Map<String, Function<UUID, Optional<UUID>>> byPathParameter() {
        return Map.of("intakeId", id -> Intake.<Intake>findByIdOptional(id).map(intake -> intake.patientId));
    }
}
