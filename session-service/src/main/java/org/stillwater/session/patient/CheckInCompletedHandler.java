package org.stillwater.session.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.messaging.inbox.EventHandler;
import org.stillwater.messaging.inbox.ReceivedEvent;

/**
 * A completed ONBOARDING check-in opens the gate for the first session; any completed check-in counts as the
 * clinician check-in needed after a long time without a dose. (Its hold lift is handled in {@code adverse}.)
 */
@ApplicationScoped
public class CheckInCompletedHandler implements EventHandler<CheckInCompleted> {

    static final String ONBOARDING = "ONBOARDING";

    @Inject
    Patients patients;

    @Override
    public Class<CheckInCompleted> eventClass() {
        return CheckInCompleted.class;
    }

    @Override
    public void handle(ReceivedEvent<CheckInCompleted> event) {
        CheckInCompleted completed = event.data();
        Patient patient = patients.lockOrCreate(completed.patientId());
        if (ONBOARDING.equals(completed.kind())) {
            patient.onboardingCompletedAt = Patient.later(patient.onboardingCompletedAt, completed.completedAt());
        }
        patient.lastCheckInCompletedAt = Patient.later(patient.lastCheckInCompletedAt, completed.completedAt());
    }
}
