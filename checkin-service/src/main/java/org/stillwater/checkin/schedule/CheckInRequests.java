package org.stillwater.checkin.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;

/**
 * A check-in the patient (or their partner) asks for: URGENT, due within 24 hours ({@link Scheduling#onPatientRequest}),
 * one open request per patient at a time, even when two arrive at once (the patient's lock is held while deciding).
 */
@ApplicationScoped
public class CheckInRequests {

    @Inject
    Patients patients;

    @Inject
    CheckInCalendar calendar;

    @Inject
    Clock clock;

    /**
     * @param requestedBy the caller's name
     * @param reason      what the patient wrote, trimmed; null or blank for none
     * @throws ProblemException 409 {@code check-in-already-requested} while a check-in the patient asked for is open
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckIn request(Patient patient, String requestedBy, String reason) {
        patients.lock(patient);
        Optional<CheckIn> open = CheckIn.<CheckIn>find("patientId = ?1 and trigger = ?2 and status in ?3",
                patient.id, Trigger.PATIENT_REQUEST, CheckIn.OPEN).firstResultOptional();
        if (open.isPresent()) {
            throw ProblemException.of(Refused.conflict("check-in-already-requested",
                    "a check-in you asked for is still open: due by " + open.get().dueAt,
                    new Refusal("checkInId", "already-requested", open.get().id.toString())));
        }
        Instant now = StoredTime.now(clock);
        CheckIn checkIn = calendar.schedule(patient.id, calendar.rules().onPatientRequest(UUID.randomUUID(), now));
        checkIn.requestedBy = requestedBy;
        checkIn.requestReason = reason == null || reason.isBlank() ? null : reason.trim();
        return checkIn;
    }
}
