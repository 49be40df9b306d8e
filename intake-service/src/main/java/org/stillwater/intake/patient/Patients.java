package org.stillwater.intake.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;

/** Loads a patient, or a record's patient, for a caller: someone the caller may not see does not exist for them (404). */
@ApplicationScoped
public class Patients {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    public Patient visible(UUID patientId) {
        return visibleOwner(patientId, "patient " + patientId);
    }

    /**
     * The patient a record belongs to, named to the audit trail, when the caller may see them; otherwise the record
     * does not exist for them (404).
     *
     * @param patientId the record's patient; null when there is no such record
     * @param record    what the 404 names, e.g. {@code intake 0b0c...}
     */
    public Patient ownerOf(UUID patientId, String record) {
        if (patientId != null) {
            audit.patient(patientId);
        }
        return visibleOwner(patientId, record);
    }

    private Patient visibleOwner(UUID patientId, String record) {
        Patient patient = patientId == null ? null : Patient.findById(patientId);
        if (patient == null || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound(record);
        }
        return patient;
    }
}
