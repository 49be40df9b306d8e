package org.stillwater.session.medication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.session.patient.Patients;

/** A prescription and its dose per session; one that supersedes another replaces it as the active one. */
@ApplicationScoped
public class PrescriptionIssuedHandler implements EventHandler<PrescriptionIssued> {

    @Inject
    Patients patients;

    @Override
    public Class<PrescriptionIssued> eventClass() {
        return PrescriptionIssued.class;
    }

    @Override
    public void handle(ReceivedEvent<PrescriptionIssued> event) {
        PrescriptionIssued issued = event.data();
        patients.lockOrCreate(issued.patientId());
        Prescription prescription = Prescription.findOrCreate(issued.prescriptionId(), issued.patientId());
        prescription.supersedesPrescriptionId = issued.supersedesPrescriptionId();
        prescription.strengthMg = issued.strengthMg();
        prescription.unitsPerSession = issued.unitsPerSession();
        prescription.doseMgPerSession = issued.doseMgPerSession();
        prescription.issuedAt = issued.issuedAt();
        prescription.expiresAt = issued.expiresAt();
    }
}
