package org.stillwater.prescription.prescribing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * A check-in changed the dose per session: the active prescription is superseded by one with the new dose (see
 * {@link Prescriptions#adjustDose}). A dose that is not a whole number of lozenges of the current strength, or
 * breaks the protocol, is not applied; the adjustment is recorded with its reason and shown with the prescription.
 * An adjustment of the minimum hours between sessions only is session-service's concern.
 */
@ApplicationScoped
public class DosageAdjustedHandler implements EventHandler<DosageAdjusted> {

    private static final Logger LOG = Logger.getLogger(DosageAdjustedHandler.class);

    @Inject
    PatientLocks locks;

    @Inject
    Prescriptions prescriptions;

    @Inject
    Clock clock;

    @Override
    public Class<DosageAdjusted> eventClass() {
        return DosageAdjusted.class;
    }

    @Override
    public void handle(ReceivedEvent<DosageAdjusted> event) {
        DosageAdjusted adjustment = event.data();
        if (adjustment.doseMgPerSession() == null) {
            return;
        }
        locks.lock(adjustment.patientId());
        DosageAdjustment record = record(adjustment);
        Optional<Prescription> found = Prescription.activeFor(adjustment.patientId());
        if (found.isEmpty()) {
            notApplied(record, List.of(new Refusal("prescription", "no-active-prescription", "the patient has no active prescription to adjust")));
            return;
        }
        Prescription active = found.get();
        record.prescriptionId = active.id;
        if (active.doseMgPerSession == adjustment.doseMgPerSession()) {
            record.outcome = DosageAdjustment.Outcome.UNCHANGED;
            return;
        }
        ApprovedPatient patient = ApprovedPatient.findById(active.patientId);
        DosageAdjustmentRule.DoseChange change = DosageAdjustmentRule.unitsFor(adjustment.doseMgPerSession(), active.strengthMg,
                active.quantityPerFill, patient.maxDoseMgPerSession, adjustment.clinicianDeaNumber());
        if (!change.applicable()) {
            notApplied(record, change.refusals());
            return;
        }
        record.outcome = DosageAdjustment.Outcome.APPLIED;
        record.newPrescriptionId = prescriptions.adjustDose(active, patient, adjustment, change.unitsPerSession()).id;
    }

    private DosageAdjustment record(DosageAdjusted adjustment) {
        DosageAdjustment record = new DosageAdjustment();
        record.id = UUID.randomUUID();
        record.checkInId = adjustment.checkInId();
        record.patientId = adjustment.patientId();
        record.doseMgPerSession = adjustment.doseMgPerSession();
        record.clinicianId = adjustment.clinicianId();
        record.adjustedAt = adjustment.adjustedAt();
        record.recordedAt = clock.instant();
        record.outcome = DosageAdjustment.Outcome.NOT_APPLIED;
        record.persist();
        return record;
    }

    private static void notApplied(DosageAdjustment record, List<Refusal> reasons) {
        record.outcome = DosageAdjustment.Outcome.NOT_APPLIED;
        record.reasonCode = reasons.stream().map(Refusal::code).collect(Collectors.joining(","));
        record.reason = reasons.stream().map(Refusal::message).collect(Collectors.joining("; "));
        LOG.warnf("dosage adjustment of check-in %s not applied: %s", record.checkInId, record.reasonCode);
    }
}
