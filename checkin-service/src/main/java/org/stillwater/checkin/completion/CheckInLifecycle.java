package org.stillwater.checkin.completion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stillwater.checkin.followup.Measurement;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.checkin.CheckInCompleted;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.checkin.TreatmentDiscontinued;
import org.stillwater.contracts.checkin.TreatmentPaused;
import org.stillwater.contracts.checkin.TreatmentResumed;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/**
 * A clinician completes a check-in (DESIGN §6, Check-ins): once, with the PHQ-9 and GAD-7 measured against the
 * baseline and an outcome. Decides from the check-in and {@link CompletionPolicy}'s facts, changes the check-in
 * only when done, and returns what it refuses or the events it causes; storing, publishing and the check-ins the
 * outcome schedules or cancels are the caller's.
 */
public final class CheckInLifecycle {

    /**
     * Who completes the check-in, as the events name them.
     *
     * @param name       the clinician's user name
     * @param npi        their NPI, if their token carries one
     * @param deaNumber  their DEA number, if their token carries one
     */
    public record Clinician(String name, String npi, String deaNumber) {
    }

    private CheckInLifecycle() {
    }

    /**
     * Records the completion and announces {@code CheckInCompleted}, then the outcome's own event (ADJUST:
     * DosageAdjusted, PAUSE: TreatmentPaused, RESUME: TreatmentResumed, DISCONTINUE: TreatmentDiscontinued; CONTINUE
     * has none). An URGENT check-in raised by an adverse event names that event in {@code liftsAdverseEventHold} (and
     * in TreatmentResumed on RESUME): that lifts the hold in session- and prescription-service.
     * Refused with 409 when the check-in is completed or cancelled, 422 when {@link CompletionPolicy} refuses it.
     *
     * @param facts        what {@link CompletionPolicy} decides from
     * @param baselinePhq9 the PHQ-9 total of the approved intake, which the follow-up measures change against
     */
    public static Transition<EventData> complete(CheckIn checkIn, CompletionRequest request, CompletionFacts facts, int baselinePhq9,
                                                 Clinician clinician, Instant now) {
        if (checkIn.status == CheckInStatus.COMPLETED) {
            return Transition.refused(Refused.conflict("check-in-already-completed", "this check-in was already completed",
                    new Refusal("checkInId", "already-completed", "completed at " + checkIn.completedAt + " by " + checkIn.clinicianId)));
        }
        if (checkIn.status == CheckInStatus.CANCELLED) {
            return Transition.refused(Refused.conflict("check-in-cancelled", "this check-in was cancelled: " + checkIn.cancelReason,
                    new Refusal("checkInId", "cancelled", checkIn.cancelReason)));
        }
        List<Refusal> refusals = CompletionPolicy.refusals(facts);
        if (!refusals.isEmpty()) {
            return Transition.refused(Refused.byRules("check-in-completion-refused", "the completion", refusals));
        }
        Measurement measurement = Measurement.of(request.phq9(), request.gad7(), baselinePhq9);
        record(checkIn, request, measurement, baselinePhq9, clinician.name(), now);
        return Transition.done(announcements(checkIn, measurement, clinician));
    }

    private static void record(CheckIn checkIn, CompletionRequest request, Measurement measurement, int baselinePhq9, String clinicianId,
                               Instant now) {
        checkIn.status = CheckInStatus.COMPLETED;
        checkIn.completedAt = now;
        checkIn.clinicianId = clinicianId;
        checkIn.outcome = request.outcome();
        checkIn.phq9Answers = request.phq9();
        checkIn.gad7Answers = request.gad7();
        checkIn.phq9Total = measurement.phq9Total();
        checkIn.phq9Severity = measurement.phq9() == null ? null : measurement.phq9().severity().name();
        checkIn.gad7Total = measurement.gad7Total();
        checkIn.gad7Severity = measurement.gad7() == null ? null : measurement.gad7().severity().name();
        checkIn.baselinePhq9 = baselinePhq9;
        checkIn.phq9ChangePercent = measurement.change() == null ? null : measurement.change().changePercent();
        checkIn.response = measurement.response();
        checkIn.remission = measurement.remission();
        if (request.outcome() == Outcome.ADJUST) {
            checkIn.doseMgPerSession = request.adjustment().doseMgPerSession();
            checkIn.minHoursBetweenSessions = request.adjustment().minHoursBetweenSessions();
        }
        checkIn.liftsAdverseEventHold = checkIn.holdAdverseEventId;
        checkIn.notes = request.notes();
        checkIn.rationale = request.rationale() == null || request.rationale().isBlank() ? null : request.rationale().trim();
    }

    private static List<EventData> announcements(CheckIn checkIn, Measurement measurement, Clinician clinician) {
        List<EventData> events = new ArrayList<>();
        events.add(new CheckInCompleted(checkIn.id, checkIn.patientId, checkIn.kind.name(), checkIn.outcome.name(),
                checkIn.clinicianId, measurement.phq9Total(), measurement.gad7Total(), measurement.response(), measurement.remission(),
                checkIn.liftsAdverseEventHold, checkIn.completedAt));
        switch (checkIn.outcome) {
            case ADJUST -> events.add(new DosageAdjusted(checkIn.id, checkIn.patientId, checkIn.doseMgPerSession,
                    checkIn.minHoursBetweenSessions, checkIn.clinicianId, clinician.npi(), clinician.deaNumber(), checkIn.completedAt));
            case PAUSE -> events.add(new TreatmentPaused(checkIn.id, checkIn.patientId, checkIn.clinicianId, checkIn.completedAt));
            case RESUME -> events.add(new TreatmentResumed(checkIn.id, checkIn.patientId, checkIn.clinicianId,
                    checkIn.liftsAdverseEventHold, checkIn.completedAt));
            case DISCONTINUE -> events.add(new TreatmentDiscontinued(checkIn.id, checkIn.patientId, checkIn.clinicianId,
                    checkIn.completedAt));
            case CONTINUE -> {
                // CheckInCompleted says it all
            }
        }
        return events;
    }
}
