package org.stillwater.session.homesession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.session.patient.Patients;

/**
 * Loads a session or blocked attempt for a caller: one of a patient the caller may not see does not exist for them
 * (404, naming only the session asked for, never its patient), and the patient it belongs to is named to the audit
 * trail either way.
 */
@ApplicationScoped
public class HomeSessions {

    @Inject
    Patients patients;

    @Inject
    AuditTrail audit;

    public HomeSession visible(UUID sessionId) {
        patients.owner(owner(sessionId), "session " + sessionId);
        return HomeSession.findById(sessionId);
    }

    /**
     * As {@link #visible}, loaded after its patient's row is locked for this transaction: every change the gate reads
     * locks that row first (see {@link Patients}).
     */
    public HomeSession visibleForUpdate(UUID sessionId) {
        patients.ownerForUpdate(owner(sessionId), "session " + sessionId);
        return HomeSession.findById(sessionId);
    }

    private UUID owner(UUID sessionId) {
        UUID patientId = HomeSession.patientOf(sessionId);
        if (patientId == null) {
            throw ProblemException.notFound("session " + sessionId);
        }
        audit.patient(patientId);
        return patientId;
    }
}
