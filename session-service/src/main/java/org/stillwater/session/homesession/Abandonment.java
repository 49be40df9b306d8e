package org.stillwater.session.homesession;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.stillwater.contracts.EventData;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.regulatory.refusal.Transition;
import org.stillwater.session.patient.Patients;

/**
 * A started session not completed within {@code stillwater.session.abandon-after-hours} is closed as ABANDONED
 * and announced with SessionCompleted (status ABANDONED); a dose logged during it still counts. The job runs
 * every {@code stillwater.session.abandonment-check-every}; a start or completion for the patient closes their
 * overdue session first, so the answer never depends on when the job last ran.
 */
@ApplicationScoped
public class Abandonment {

    private static final Logger LOG = Logger.getLogger(Abandonment.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Patients patients;

    @Inject
    Transitions transitions;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    @Scheduled(identity = "session-abandonment", every = "${stillwater.session.abandonment-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        closeOverdue();
    }

    /** Closes every overdue session, one transaction per patient. @return how many were closed */
    public int closeOverdue() {
        Instant cutoff = clock.instant().minus(settings.abandonAfter());
        List<UUID> patientIds = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                        select distinct s.patientId from HomeSession s where s.status = :status and s.startedAt <= :cutoff""", UUID.class)
                .setParameter("status", HomeSession.Status.IN_PROGRESS)
                .setParameter("cutoff", cutoff)
                .getResultList());
        int closed = 0;
        for (UUID patientId : patientIds) {
            try {
                closed += QuarkusTransaction.requiringNew().call(() -> {
                    patients.lockOrCreate(patientId);
                    return closeOverdue(patientId);
                });
            } catch (RuntimeException failure) {
                LOG.warnf(failure, "could not close the overdue sessions of patient %s; the next run tries again", patientId);
            }
        }
        return closed;
    }

    /** Closes the patient's overdue sessions in the caller's transaction, the patient's row locked. */
    public int closeOverdue(UUID patientId) {
        List<HomeSession> inProgress = HomeSession.list("patientId = ?1 and status = ?2", patientId, HomeSession.Status.IN_PROGRESS);
        return (int) inProgress.stream().filter(this::closeIfOverdue).count();
    }

    /** Closes the session as ABANDONED if it is in progress and overdue, the patient's row locked. */
    public boolean closeIfOverdue(HomeSession session) {
        Instant now = StoredTime.now(clock);
        Optional<Transition<EventData>> closing = SessionLifecycle.abandonIfOverdue(session, settings.abandonAfter(), now);
        closing.ifPresent(transition -> transitions.apply(session, transition));
        return closing.isPresent();
    }
}
