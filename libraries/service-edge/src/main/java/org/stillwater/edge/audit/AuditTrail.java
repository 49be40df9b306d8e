package org.stillwater.edge.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The patients a request read or wrote, when its path does not say (e.g. {@code GET /intakes/{intakeId}} or
 * a clinician's queue): a resource names them here once it has loaded the records, and the audit trail
 * records one row per patient.
 */
@RequestScoped
public class AuditTrail {

    private final Set<UUID> patients = new LinkedHashSet<>();

    public void patient(UUID patientId) {
        patients.add(patientId);
    }

    public void patients(Collection<UUID> patientIds) {
        patients.addAll(patientIds);
    }

    Set<UUID> patients() {
        return Set.copyOf(patients);
    }
}
