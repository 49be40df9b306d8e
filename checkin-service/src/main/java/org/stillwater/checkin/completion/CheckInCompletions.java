package org.stillwater.checkin.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.patient.Patients;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInCalendar;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInView;
import org.stillwater.checkin.schedule.PlannedCheckIn;
import org.stillwater.checkin.schedule.Scheduling;
import org.stillwater.checkin.treatment.Prescription;
import org.stillwater.checkin.treatment.TreatmentCourse;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * Completes a check-in a clinician may see: {@link CheckInLifecycle#complete} decides (409 closed, 422 with every
 * {@link CompletionPolicy} rule) and {@link Transitions} stores the completion and publishes its events; then the
 * patient's calendar follows the outcome (the check-ins it cancels, an URGENT one after a PHQ-9 answer of self-harm,
 * the next WEEKLY one).
 */
@ApplicationScoped
public class CheckInCompletions {

    @Inject
    Patients patients;

    @Inject
    CheckInCalendar calendar;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    /** @throws org.stillwater.edge.problem.ProblemException 409 or 422 when the completion is refused */
    @Transactional(Transactional.TxType.MANDATORY)
    public CompletionAnswer complete(CheckIn checkIn, CompletionRequest request, Caller clinician) {
        // One patient's decisions are taken one at a time, each seeing where treatment stands after the last:
        // the patient first, then the check-in, the same order for every completion.
        Patient patient = Patient.findById(checkIn.patientId);
        patients.lock(patient);
        CheckIn.getEntityManager().refresh(checkIn, LockModeType.PESSIMISTIC_WRITE);

        Instant now = StoredTime.now(clock);
        TreatmentCourse course = TreatmentCourse.of(patient.minHoursBetweenSessions,
                CheckIn.decisions(CheckIn.ofPatient(patient.id)),
                Prescription.ofPatient(patient.id));
        CompletionFacts facts = new CompletionFacts(checkIn.kind, request.outcome(),
                request.adjustment(), patient.maxDoseMgPerSession, patient.minHoursBetweenSessions, course.strengthMg(),
                course.status(), checkIn.holdAdverseEventId != null, request.phq9(), request.gad7(), request.rationale(),
                checkIn.windowOpensAt, now, clinician.deaNumber().orElse(null), clinician.familyName());
        transitions.apply(checkIn, CheckInLifecycle.complete(checkIn, request, facts, patient.baselinePhq9, new CheckInLifecycle.Clinician(
                clinician.name(), clinician.npi().orElse(null), clinician.deaNumber().orElse(null)), now));

        TreatmentStatus statusAfter = TreatmentCourse.after(course.status(), request.outcome());
        List<CheckIn> cancelled = calendar.cancelOpen(patient.id, Scheduling.cancelledBy(request.outcome()),
                "outcome " + request.outcome() + " at check-in " + checkIn.id);
        List<CheckIn> scheduled = new ArrayList<>();
        Optional<PlannedCheckIn> selfHarm = calendar.rules().afterPhq9(checkIn.id, request.phq9(), now);
        selfHarm.ifPresent(plan -> scheduled.add(calendar.schedule(patient.id, plan)));
        boolean weeklyOpen = Counts.any(CheckIn.class, "patientId = ?1 and kind = ?2 and status in ?3",
                patient.id, CheckInKind.WEEKLY, CheckIn.OPEN);
        calendar.rules().nextWeekly(checkIn.id, checkIn.kind, request.outcome(), statusAfter, weeklyOpen, now, PatientCalendar.of(patient.state))
                .ifPresent(plan -> scheduled.add(calendar.schedule(patient.id, plan)));

        return new CompletionAnswer(CheckInView.of(checkIn, now, true), statusAfter,
                views(scheduled, now), views(cancelled, now), selfHarm.isPresent() ? CrisisResources.US : null);
    }

    private static List<CheckInView> views(List<CheckIn> checkIns, Instant now) {
        return checkIns.isEmpty() ? null : checkIns.stream().map(checkIn -> CheckInView.of(checkIn, now, true)).toList();
    }
}
