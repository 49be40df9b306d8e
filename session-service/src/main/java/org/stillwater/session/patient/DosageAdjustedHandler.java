package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;
import org.stillwater.messaging.readmodel.ReadModelUpdate;

/**
 * A clinician's new dose per session and/or minimum hours between sessions: they apply to the next session
 * at once, before prescription-service's superseding prescription arrives. Each value keeps its own time, so
 * an adjustment of only one leaves the other as it was.
 */
@ApplicationScoped
public class DosageAdjustedHandler implements EventHandler<DosageAdjusted> {

    @Inject
    Patients patients;

    @Override
    public Class<DosageAdjusted> eventClass() {
        return DosageAdjusted.class;
    }

    @Override
    public void handle(ReceivedEvent<DosageAdjusted> event) {
        DosageAdjusted adjusted = event.data();
        Instant adjustedAt = StoredTime.of(adjusted.adjustedAt());
        Patient patient = patients.lockOrCreate(adjusted.patientId());
        if (adjusted.doseMgPerSession() != null && ReadModelUpdate.applies(adjustedAt, patient.doseAdjustedAt)) {
            patient.adjustedDoseMgPerSession = adjusted.doseMgPerSession();
            patient.doseAdjustedAt = adjustedAt;
        }
        if (adjusted.minHoursBetweenSessions() != null && ReadModelUpdate.applies(adjustedAt, patient.minHoursAdjustedAt)) {
            patient.adjustedMinHoursBetweenSessions = adjusted.minHoursBetweenSessions();
            patient.minHoursAdjustedAt = adjustedAt;
        }
    }
}
