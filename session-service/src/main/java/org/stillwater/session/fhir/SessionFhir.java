package org.stillwater.session.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Observation;
import org.stillwater.fhir.AdverseEvents;
import org.stillwater.fhir.Observations;
import org.stillwater.session.homesession.HomeSession;

/**
 * session-service's records as FHIR R4: adverse events, and the blood pressure measured before each home session
 * (a blocked attempt's too: it was measured) and after a completed one. Journals and descriptions stay here.
 */
final class SessionFhir {

    private SessionFhir() {
    }

    static AdverseEvent adverseEvent(org.stillwater.session.adverse.AdverseEvent event) {
        return AdverseEvents.adverseEvent(new AdverseEvents.Reported(event.id, event.patientId, event.category.name(),
                AdverseEvents.Grade.valueOf(event.severity.name()), event.reportedAt));
    }

    static List<Observation> bloodPressures(HomeSession session) {
        List<Observation> readings = new ArrayList<>();
        readings.add(Observations.bloodPressure(new Observations.Measured(session.id + "-blood-pressure-before", session.patientId,
                session.attemptedAt, null), session.bpBeforeSystolic, session.bpBeforeDiastolic));
        if (session.bpAfterSystolic != null && session.bpAfterDiastolic != null && session.completedAt != null) {
            readings.add(Observations.bloodPressure(new Observations.Measured(session.id + "-blood-pressure-after", session.patientId,
                    session.completedAt, null), session.bpAfterSystolic, session.bpAfterDiastolic));
        }
        return readings;
    }
}
