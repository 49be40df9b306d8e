package org.stillwater.edge.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The patient a request is about, when its path does not say (e.g. {@code GET /intakes/{intakeId}}):
 * a resource names the patient here once it has loaded the record, and the audit row carries it.
 */
@RequestScoped
public class AuditTrail {

    private UUID patientId;

    public void patient(UUID patientId) {
        this.patientId = patientId;
    }

    UUID patientId() {
        return patientId;
    }
}
