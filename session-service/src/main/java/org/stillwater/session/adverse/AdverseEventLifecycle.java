package org.stillwater.session.adverse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.session.AdverseEventReported;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/**
 * An adverse event is reported by the patient, their partner or a clinician (DESIGN §6): SEVERE and
 * LIFE_THREATENING place a hold at once, keyed by the event's id, so the very next start is blocked. Decides from the
 * report and whether the session it names is the patient's, and returns the refusal, or the event and hold to store
 * with {@code AdverseEventReported}; storing and publishing are the caller's.
 */
public final class AdverseEventLifecycle {

    /**
     * Who reports.
     *
     * @param name the caller's name
     * @param role their realm role (patient, partner, clinician)
     */
    public record Reporter(String name, String role) {
    }

    /**
     * What the report came to.
     *
     * @param event      the adverse event to store; null when refused
     * @param hold       the hold it places, stored with it: present for SEVERE and LIFE_THREATENING
     * @param transition refused (422 {@code unknown-session}) or done with {@code AdverseEventReported}
     */
    public record Reported(AdverseEvent event, Optional<Hold> hold, Transition<EventData> transition) {
    }

    private AdverseEventLifecycle() {
    }

    /**
     * @param namedSessionIsThePatients whether the session the report names, if it names one, is one of this patient's
     * @param now                       the time of the report, at the precision the database keeps
     */
    public static Reported report(UUID patientId, AdverseEventRequest request, boolean namedSessionIsThePatients, Reporter reporter,
                                  Instant now) {
        if (request.sessionId() != null && !namedSessionIsThePatients) {
            return new Reported(null, Optional.empty(), Transition.refused(new Refused(Refused.Kind.RULE, "unknown-session",
                    "the session named is not one of this patient's",
                    List.of(new Refusal("sessionId", "unknown-session", "name one of this patient's sessions, or none")))));
        }
        AdverseEvent event = new AdverseEvent();
        event.id = UUID.randomUUID();
        event.patientId = patientId;
        event.sessionId = request.sessionId();
        event.severity = request.severity();
        event.category = request.category();
        event.description = request.description();
        event.holdPlaced = request.severity().placesHold();
        event.reportedAt = now;
        event.reportedBy = reporter.name();
        event.reporterRole = reporter.role();
        return new Reported(event, event.holdPlaced ? Optional.of(hold(event)) : Optional.empty(),
                Transition.done(new AdverseEventReported(event.id, patientId, event.sessionId, event.severity.name(), event.category.name(),
                        event.holdPlaced, event.reportedAt)));
    }

    private static Hold hold(AdverseEvent event) {
        Hold hold = new Hold();
        hold.adverseEventId = event.id;
        hold.patientId = event.patientId;
        hold.placedAt = event.reportedAt;
        return hold;
    }
}
