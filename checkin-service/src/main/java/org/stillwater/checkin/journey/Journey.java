package org.stillwater.checkin.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.stillwater.checkin.journey.JourneyView.Entry;
import org.stillwater.checkin.journey.JourneyView.Measured;
import org.stillwater.checkin.journey.JourneyView.NextStep;
import org.stillwater.checkin.patient.Patient;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.schedule.CheckInStatus;
import org.stillwater.checkin.schedule.Trigger;
import org.stillwater.checkin.treatment.TreatmentCourse;
import org.stillwater.checkin.treatment.TreatmentStatus;

/**
 * Builds a patient's journey from what is known: the facts other services announced and this service's
 * check-ins. Everything is placed by when it happened (or is due), never by when it arrived, and nothing is
 * counted twice, so the journey is the same whatever order the events came in and however often.
 */
public final class Journey {

    public static final Duration WEEK = Duration.ofDays(7);
    /** The first month: weeks 1 to 4 are always shown, later weeks when something is in them. */
    public static final int MONTH_WEEKS = 4;

    private static final Comparator<Entry> BY_TIME = Comparator.comparing(Entry::at)
            .thenComparing(Entry::type)
            .thenComparing(entry -> String.valueOf(entry.refId()));

    private Journey() {
    }

    public static JourneyView build(Patient patient, Collection<JourneyFact> facts, Collection<CheckIn> checkIns,
                                    TreatmentCourse course, Instant now) {
        List<Entry> entries = new ArrayList<>();
        facts.forEach(fact -> entries.add(new Entry(fact.occurredAt, fact.type, fact.summary, fact.subjectId, fact.details)));
        checkIns.forEach(checkIn -> entries.addAll(entries(checkIn, patient.approvedAt, patient.baselinePhq9, now)));
        entries.sort(BY_TIME);

        int lastWeek = Math.max(MONTH_WEEKS, entries.stream().mapToInt(entry -> week(patient.approvedAt, entry.at())).max().orElse(1));
        List<JourneyView.Week> weeks = IntStream.rangeClosed(1, lastWeek).mapToObj(week -> new JourneyView.Week(week,
                patient.approvedAt.plus(WEEK.multipliedBy(week - 1L)), patient.approvedAt.plus(WEEK.multipliedBy(week)),
                entries.stream().filter(entry -> week(patient.approvedAt, entry.at()) == week).toList())).toList();

        List<UUID> holds = checkIns.stream()
                .filter(checkIn -> checkIn.holdAdverseEventId != null && checkIn.status != CheckInStatus.COMPLETED)
                .map(checkIn -> checkIn.holdAdverseEventId).sorted().toList();
        JourneyView.Treatment treatment = new JourneyView.Treatment(course.status(), holds, course.doseMgPerSession(),
                course.strengthMg(), course.minHoursBetweenSessions(), patient.maxDoseMgPerSession);

        return new JourneyView(patient.id, patient.state, patient.approvedAt, treatment, weeks, trend(patient, checkIns),
                next(facts, checkIns, course, holds, now));
    }

    /** Week 1 is the seven days after the approval (the approval included); week n ends 7n days after it. */
    static int week(Instant approvedAt, Instant at) {
        long millis = Duration.between(approvedAt, at).toMillis();
        long weekMillis = WEEK.toMillis();
        return millis <= 0 ? 1 : (int) ((millis + weekMillis - 1) / weekMillis);
    }

    private static List<Entry> entries(CheckIn checkIn, Instant approvedAt, int baselinePhq9, Instant now) {
        List<Entry> entries = new ArrayList<>();
        String name = name(checkIn);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", checkIn.kind.name());
        details.put("trigger", checkIn.trigger.name());
        details.put("status", checkIn.status.name());
        details.put("dueAt", checkIn.dueAt.toString());
        if (checkIn.windowOpensAt != null) {
            details.put("windowOpensAt", checkIn.windowOpensAt.toString());
        }
        if (checkIn.missedAt != null || (checkIn.isOpen() && checkIn.dueAt.isBefore(now))) {
            entries.add(new Entry(checkIn.dueAt, EntryType.CHECK_IN_MISSED, name + " missed: it was due by " + checkIn.dueAt,
                    checkIn.id, details));
        } else if (checkIn.isOpen()) {
            entries.add(checkIn.windowOpensAt == null
                    ? new Entry(checkIn.dueAt, EntryType.CHECK_IN_DUE, name + " due by " + checkIn.dueAt, checkIn.id, details)
                    : new Entry(aimedDay(approvedAt, checkIn), EntryType.CHECK_IN_DUE,
                    name + " between " + checkIn.windowOpensAt + " and " + checkIn.dueAt, checkIn.id, details));
        }
        if (checkIn.status == CheckInStatus.COMPLETED) {
            entries.addAll(completion(checkIn, name, baselinePhq9));
        }
        if (checkIn.status == CheckInStatus.CANCELLED) {
            entries.add(new Entry(checkIn.cancelledAt, EntryType.CHECK_IN_CANCELLED, name + " cancelled: " + checkIn.cancelReason,
                    checkIn.id, details));
        }
        return entries;
    }

    private static List<Entry> completion(CheckIn checkIn, String name, int baselinePhq9) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", checkIn.kind.name());
        details.put("outcome", checkIn.outcome.name());
        details.put("clinicianId", checkIn.clinicianId);
        StringBuilder summary = new StringBuilder(name).append(" completed by ").append(checkIn.clinicianId).append(": ")
                .append(checkIn.outcome);
        if (checkIn.phq9Total != null) {
            details.put("phq9Total", checkIn.phq9Total);
            details.put("response", checkIn.response);
            details.put("remission", checkIn.remission);
            summary.append("; PHQ-9 ").append(checkIn.phq9Total).append(" (baseline ").append(baselinePhq9)
                    .append(Boolean.TRUE.equals(checkIn.response) ? ", response" : "")
                    .append(Boolean.TRUE.equals(checkIn.remission) ? ", remission" : "").append(')');
        }
        if (checkIn.gad7Total != null) {
            details.put("gad7Total", checkIn.gad7Total);
            summary.append("; GAD-7 ").append(checkIn.gad7Total);
        }
        entries.add(new Entry(checkIn.completedAt, EntryType.CHECK_IN_COMPLETED, summary.toString(), checkIn.id, details));
        if (checkIn.liftsAdverseEventHold != null) {
            entries.add(new Entry(checkIn.completedAt, EntryType.HOLD_LIFTED,
                    "Adverse-event hold lifted by the URGENT check-in's outcome", checkIn.id,
                    Map.of("adverseEventId", checkIn.liftsAdverseEventHold.toString())));
        }
        outcomeEntry(checkIn).ifPresent(entries::add);
        return entries;
    }

    private static Optional<Entry> outcomeEntry(CheckIn checkIn) {
        String by = " by " + checkIn.clinicianId;
        return switch (checkIn.outcome) {
            case ADJUST -> {
                Map<String, Object> details = new LinkedHashMap<>();
                List<String> changes = new ArrayList<>();
                if (checkIn.doseMgPerSession != null) {
                    details.put("doseMgPerSession", checkIn.doseMgPerSession);
                    changes.add(checkIn.doseMgPerSession + " mg per session");
                }
                if (checkIn.minHoursBetweenSessions != null) {
                    details.put("minHoursBetweenSessions", checkIn.minHoursBetweenSessions);
                    changes.add("at least " + checkIn.minHoursBetweenSessions + " h between sessions");
                }
                yield Optional.of(new Entry(checkIn.completedAt, EntryType.DOSAGE_ADJUSTED,
                        "Dose adjusted" + by + ": " + String.join("; ", changes), checkIn.id, details));
            }
            case PAUSE -> Optional.of(new Entry(checkIn.completedAt, EntryType.TREATMENT_PAUSED,
                    "Treatment paused" + by + ": no sessions or fills until it is resumed", checkIn.id, null));
            case RESUME -> Optional.of(new Entry(checkIn.completedAt, EntryType.TREATMENT_RESUMED,
                    "Treatment resumed" + by, checkIn.id, null));
            case DISCONTINUE -> Optional.of(new Entry(checkIn.completedAt, EntryType.TREATMENT_DISCONTINUED,
                    "Treatment discontinued" + by + ": no further sessions or fills", checkIn.id, null));
            case CONTINUE -> Optional.empty();
        };
    }

    private static JourneyView.Trend trend(Patient patient, Collection<CheckIn> checkIns) {
        List<Measured> measurements = checkIns.stream()
                .filter(checkIn -> checkIn.status == CheckInStatus.COMPLETED && (checkIn.phq9Total != null || checkIn.gad7Total != null))
                .sorted(Comparator.comparing((CheckIn checkIn) -> checkIn.completedAt).thenComparing(checkIn -> checkIn.id))
                .map(checkIn -> new Measured(checkIn.completedAt, checkIn.id, checkIn.kind, checkIn.phq9Total, checkIn.gad7Total,
                        checkIn.phq9ChangePercent, checkIn.response, checkIn.remission))
                .toList();
        Optional<Measured> latest = measurements.stream().filter(measured -> measured.phq9Total() != null).reduce((first, second) -> second);
        return new JourneyView.Trend(patient.baselinePhq9, patient.baselineGad7, measurements,
                latest.map(Measured::response).orElse(null), latest.map(Measured::remission).orElse(null));
    }

    private static List<NextStep> next(Collection<JourneyFact> facts, Collection<CheckIn> checkIns, TreatmentCourse course,
                                       List<UUID> holds, Instant now) {
        List<NextStep> next = new ArrayList<>();
        checkIns.stream().filter(CheckIn::isOpen)
                .sorted(Comparator.comparing((CheckIn checkIn) -> checkIn.dueAt).thenComparing(checkIn -> checkIn.id))
                .forEach(checkIn -> next.add(nextCheckIn(checkIn, now)));
        if (course.status() == TreatmentStatus.DISCONTINUED) {
            next.add(new NextStep(null, "TREATMENT_DISCONTINUED", "Treatment was discontinued: no further sessions or fills"));
            return next;
        }
        if (course.status() == TreatmentStatus.PAUSED) {
            next.add(new NextStep(null, "TREATMENT_PAUSED", "Treatment is paused: no sessions or fills until a clinician resumes it"));
        }
        if (!holds.isEmpty()) {
            next.add(new NextStep(null, "ADVERSE_EVENT_HOLD",
                    "Sessions and fills are on hold after an adverse event until its URGENT check-in is completed"));
        }
        if (course.status() != TreatmentStatus.ACTIVE || !holds.isEmpty()) {
            return next;
        }
        sessionSteps(facts, checkIns, course, next);
        return next;
    }

    private static NextStep nextCheckIn(CheckIn checkIn, Instant now) {
        String name = name(checkIn);
        if (checkIn.isOverdue(now)) {
            return new NextStep(checkIn.dueAt, "CHECK_IN_OVERDUE", name + " is overdue: it was due by " + checkIn.dueAt);
        }
        if (checkIn.windowOpensAt != null) {
            return new NextStep(checkIn.windowOpensAt, "CHECK_IN_WINDOW",
                    name + " between " + checkIn.windowOpensAt + " and " + checkIn.dueAt);
        }
        return new NextStep(checkIn.dueAt, "CHECK_IN_DUE", name + " due by " + checkIn.dueAt);
    }

    private static void sessionSteps(Collection<JourneyFact> facts, Collection<CheckIn> checkIns, TreatmentCourse course, List<NextStep> next) {
        boolean onboarded = checkIns.stream()
                .anyMatch(checkIn -> checkIn.kind == CheckInKind.ONBOARDING && checkIn.status == CheckInStatus.COMPLETED);
        boolean delivered = facts.stream().anyMatch(fact -> fact.type == EntryType.SHIPMENT_DELIVERED);
        Optional<Instant> lastSession = facts.stream().flatMap(fact -> sessionStart(fact).stream()).max(Comparator.naturalOrder());
        if (lastSession.isPresent()) {
            Instant allowed = lastSession.get().plus(Duration.ofHours(course.minHoursBetweenSessions()));
            next.add(new NextStep(allowed, "NEXT_SESSION_ALLOWED_AFTER", "Next session allowed after " + allowed + " (at least "
                    + course.minHoursBetweenSessions() + " h after the last one; the pre-session safety check decides)"));
            return;
        }
        if (!onboarded) {
            next.add(new NextStep(null, "ONBOARDING_BEFORE_FIRST_SESSION", "First session after the onboarding check-in is completed"));
        }
        if (!delivered) {
            next.add(new NextStep(null, "AWAITING_DELIVERY", "First session once the medication is delivered and signed for"));
        }
        if (onboarded && delivered) {
            next.add(new NextStep(null, "READY_FOR_FIRST_SESSION", "Ready for the first session; the pre-session safety check decides"));
        }
    }

    /** When a session began: a started session's time, or the start recorded with a completed one. */
    private static Optional<Instant> sessionStart(JourneyFact fact) {
        if (fact.type == EntryType.SESSION_STARTED) {
            return Optional.of(fact.occurredAt);
        }
        if (fact.type == EntryType.SESSION_COMPLETED && fact.details.get("startedAt") != null) {
            return Optional.of(Instant.parse(fact.details.get("startedAt").toString()));
        }
        return Optional.empty();
    }

    /**
     * The day a windowed check-in aims at (day 28 for the follow-up), counted in whole days from the approval: the
     * middle of its window, to the nearest day. The window runs from midnight to midnight in the patient's days, so
     * its middle is up to half a day off the approval's time of day; for an approval early in the patient's day it
     * would otherwise fall past day 28, in week 5.
     */
    private static Instant aimedDay(Instant approvedAt, CheckIn checkIn) {
        Instant middle = checkIn.windowOpensAt.plus(Duration.between(checkIn.windowOpensAt, checkIn.dueAt).dividedBy(2));
        long days = Math.round(Duration.between(approvedAt, middle).toMinutes() / (double) Duration.ofDays(1).toMinutes());
        return approvedAt.plus(Duration.ofDays(days));
    }

    private static String name(CheckIn checkIn) {
        return switch (checkIn.kind) {
            case ONBOARDING -> "Onboarding check-in";
            case INTEGRATION -> "Integration check-in after " + (checkIn.trigger == Trigger.SESSION_1_COMPLETED ? "session 1" : "session 2");
            case WEEKLY -> "Weekly check-in";
            case URGENT -> "URGENT check-in (" + checkIn.trigger + ")";
            case FOLLOW_UP -> "Week-4 follow-up";
        };
    }
}
