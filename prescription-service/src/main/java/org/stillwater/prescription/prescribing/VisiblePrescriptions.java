package org.stillwater.prescription.prescribing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.edge.security.PatientAccess;
import org.stillwater.prescription.patient.ApprovedPatient;

/**
 * Loads a prescription for the caller, with its patient: a prescription of a patient the caller may not see
 * ({@link PatientAccess}) does not exist for them, the same 404 as one that does not exist. The prescription's
 * patient is named in the audit trail before the decision, so a refused read is audited too.
 */
@ApplicationScoped
public class VisiblePrescriptions {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    /** A prescription and the approved patient it is for. */
    public record VisiblePrescription(Prescription prescription, ApprovedPatient patient) {
    }

    /** @throws ProblemException 404 {@code prescription {id}} as above */
    public VisiblePrescription find(UUID prescriptionId) {
        Prescription prescription = Prescription.findById(prescriptionId);
        if (prescription != null) {
            audit.patient(prescription.patientId);
        }
        ApprovedPatient patient = prescription == null ? null : ApprovedPatient.findById(prescription.patientId);
        if (patient == null || !PatientAccess.maySee(currentCaller.get(), patient.scope())) {
            throw ProblemException.notFound("prescription " + prescriptionId);
        }
        return new VisiblePrescription(prescription, patient);
    }
}
