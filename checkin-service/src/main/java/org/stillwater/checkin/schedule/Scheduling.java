package org.stillwater.checkin.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;
import org.stillwater.regulatory.calendar.PatientCalendar;
import org.stillwater.scales.Phq9;

/**
 * Which check-ins an event or a completed check-in calls for, and when each is due (DESIGN §6, Check-ins and
 * Escalation). Times are taken from the facts themselves (when the approval, session or adverse event
 * happened), never from when the event arrived, so the schedule does not depend on arrival order. Rules in days
 * count the patient's calendar days ({@link PatientCalendar}): a due time is the end of the last day where it ends
 * first in the state, and the follow-up's window opens when its first day has begun everywhere in the state.
 */
public final class Scheduling {

    /** Sessions after which an INTEGRATION check-in is due. */
    public static final Set<Integer> INTEGRATION_AFTER_SESSIONS = Set.of(1, 2);
    /** Adverse-event severities that always call for an URGENT check-in (session-service places a hold for these). */
    public static final Set<String> URGENT_SEVERITIES = Set.of("SEVERE", "LIFE_THREATENING");

    private final Cadence cadence;

    public Scheduling(Cadence cadence) {
        this.cadence = cadence;
    }

    /**
     * ONBOARDING due by the end of day 7 after the day of the approval; FOLLOW_UP on day 28, held from the start of day 25
     * and due by the end of day 31, in the patient's days.
     */
    public List<PlannedCheckIn> afterApproval(UUID evaluationId, Instant approvedAt, PatientCalendar patientCalendar) {
        return List.of(
                PlannedCheckIn.due(CheckInKind.ONBOARDING, Trigger.EVALUATION_APPROVED, evaluationId,
                        patientCalendar.lastDay(approvedAt, cadence.onboardingDueAfter()).endsAt()),
                new PlannedCheckIn(CheckInKind.FOLLOW_UP, Trigger.EVALUATION_APPROVED, evaluationId,
                        patientCalendar.firstMomentOf(approvedAt, cadence.followUpAfter().minus(cadence.followUpWindow())),
                        patientCalendar.lastDay(approvedAt, cadence.followUpAfter().plus(cadence.followUpWindow())).endsAt(), null));
    }

    /** INTEGRATION due 48 hours after session 1 or 2 ended (completed or abandoned); none after later sessions. */
    public Optional<PlannedCheckIn> afterSession(UUID sessionId, int sessionNumber, Instant endedAt) {
        if (!INTEGRATION_AFTER_SESSIONS.contains(sessionNumber)) {
            return Optional.empty();
        }
        Trigger trigger = sessionNumber == 1 ? Trigger.SESSION_1_COMPLETED : Trigger.SESSION_2_COMPLETED;
        return Optional.of(PlannedCheckIn.due(CheckInKind.INTEGRATION, trigger, sessionId, endedAt.plus(cadence.integrationDueAfter())));
    }

    /**
     * URGENT due 24 hours after an adverse event that placed a hold or is SEVERE or LIFE_THREATENING. When a hold
     * was placed, the check-in names it: its completion is what lifts the hold.
     */
    public Optional<PlannedCheckIn> afterAdverseEvent(UUID adverseEventId, String severity, boolean holdPlaced, Instant reportedAt) {
        if (!holdPlaced && !URGENT_SEVERITIES.contains(severity)) {
            return Optional.empty();
        }
        return Optional.of(new PlannedCheckIn(CheckInKind.URGENT, Trigger.ADVERSE_EVENT, adverseEventId, null,
                reportedAt.plus(cadence.urgentDueAfter()), holdPlaced ? adverseEventId : null));
    }

    /** URGENT due 24 hours after a session the gate blocked with a blood pressure at or above the crisis limit. */
    public Optional<PlannedCheckIn> afterBlockedSession(UUID attemptId, boolean urgentEscalation, Instant blockedAt) {
        if (!urgentEscalation) {
            return Optional.empty();
        }
        return Optional.of(PlannedCheckIn.due(CheckInKind.URGENT, Trigger.BLOOD_PRESSURE_CRISIS, attemptId,
                blockedAt.plus(cadence.urgentDueAfter())));
    }

    /** URGENT due 24 hours after a shipment was lost, damaged or returned: a controlled substance went astray. */
    public PlannedCheckIn afterShipmentFailure(UUID shipmentId, Instant failedAt) {
        return PlannedCheckIn.due(CheckInKind.URGENT, Trigger.SHIPMENT_FAILED, shipmentId, failedAt.plus(cadence.urgentDueAfter()));
    }

    /** URGENT due 24 hours after a check-in whose PHQ-9 item 9 (thoughts of self-harm) was above 0. */
    public Optional<PlannedCheckIn> afterPhq9(UUID checkInId, List<Integer> phq9, Instant completedAt) {
        if (phq9 == null || !Phq9.selfHarmThoughts(phq9)) {
            return Optional.empty();
        }
        return Optional.of(PlannedCheckIn.due(CheckInKind.URGENT, Trigger.SELF_HARM_THOUGHTS, checkInId,
                completedAt.plus(cadence.urgentDueAfter())));
    }

    /**
     * The weekly cadence: completing the ONBOARDING or a WEEKLY check-in schedules the next WEEKLY, due by the end of the
     * 7th day after the day of the completion in the patient's days;
     * a RESUME at any other check-in restarts it. None while treatment is paused or discontinued after the
     * decision, and never a second one while a WEEKLY is open.
     *
     * @param statusAfter the treatment's status once this check-in's outcome applies
     * @param weeklyOpen  whether another WEEKLY check-in of the patient is scheduled or missed
     */
    public Optional<PlannedCheckIn> nextWeekly(UUID checkInId, CheckInKind completedKind, Outcome outcome,
                                               TreatmentStatus statusAfter, boolean weeklyOpen, Instant completedAt,
                                               PatientCalendar patientCalendar) {
        if (statusAfter != TreatmentStatus.ACTIVE || weeklyOpen) {
            return Optional.empty();
        }
        Trigger trigger;
        if (completedKind == CheckInKind.ONBOARDING) {
            trigger = Trigger.ONBOARDING_COMPLETED;
        } else if (completedKind == CheckInKind.WEEKLY) {
            trigger = Trigger.WEEKLY_COMPLETED;
        } else if (outcome == Outcome.RESUME) {
            trigger = Trigger.TREATMENT_RESUMED;
        } else {
            return Optional.empty();
        }
        return Optional.of(PlannedCheckIn.due(CheckInKind.WEEKLY, trigger, checkInId,
                patientCalendar.lastDay(completedAt, cadence.weeklyInterval()).endsAt()));
    }

    /**
     * A patient (or their partner) asks for a check-in: URGENT, due 24 hours after the request, because nobody
     * can tell without a clinician why someone at home with a controlled substance asks between scheduled ones.
     */
    public PlannedCheckIn onPatientRequest(UUID requestId, Instant requestedAt) {
        return PlannedCheckIn.due(CheckInKind.URGENT, Trigger.PATIENT_REQUEST, requestId, requestedAt.plus(cadence.patientRequestDueAfter()));
    }

    /** Check-ins that a decision makes pointless: WEEKLY ones when paused; all but URGENT ones when discontinued. */
    public static Set<CheckInKind> cancelledBy(Outcome outcome) {
        return switch (outcome) {
            case PAUSE -> Set.of(CheckInKind.WEEKLY);
            case DISCONTINUE -> Set.of(CheckInKind.ONBOARDING, CheckInKind.INTEGRATION, CheckInKind.WEEKLY, CheckInKind.FOLLOW_UP);
            case CONTINUE, ADJUST, RESUME -> Set.of();
        };
    }
}
