package org.stillwater.checkin.treatment;

import jakarta.enterprise.context.ApplicationScoped;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/** Keeps the patient's prescriptions, so an ADJUST can be checked against the current lozenge strength. */
@ApplicationScoped
public class PrescriptionIssuedHandler implements EventHandler<PrescriptionIssued> {

    @Override
    public Class<PrescriptionIssued> eventClass() {
        return PrescriptionIssued.class;
    }

    @Override
    public void handle(ReceivedEvent<PrescriptionIssued> event) {
        PrescriptionIssued issued = event.data();
        Prescription prescription = Prescription.findOrStart(issued.prescriptionId(), issued.patientId());
        prescription.supersedesId = issued.supersedesPrescriptionId();
        prescription.strengthMg = issued.strengthMg();
        prescription.unitsPerSession = issued.unitsPerSession();
        prescription.doseMgPerSession = issued.doseMgPerSession();
        prescription.issuedAt = issued.issuedAt();
    }
}
