package org.stillwater.checkin.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.Timeouts;
import org.stillwater.contracts.checkin.CheckInMissed;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.outbox.Outbox;

/**
 * Marks check-ins past their due time MISSED and announces each with {@code CheckInMissed}; they stay in the
 * clinicians' queue (overdue first after URGENT) and can still be completed. Runs every
 * {@code stillwater.checkin.missed-scan.every} on the service clock. Rows another instance is marking are
 * skipped (SKIP LOCKED), so each check-in is announced once.
 */
@ApplicationScoped
public class MissedCheckIns {

    private static final int BATCH = 200;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Scheduled(identity = "missed-check-ins", every = "${stillwater.checkin.missed-scan.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        markMissed();
    }

    /** Marks every scheduled check-in whose due time has passed; returns how many. */
    public int markMissed() {
        int marked = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::markBatch);
            marked += batch;
        } while (batch == BATCH);
        return marked;
    }

    private int markBatch() {
        Instant now = StoredTime.now(clock);
        List<CheckIn> pastDue = CheckIn.<CheckIn>find("status = ?1 and dueAt < ?2", Sort.by("dueAt").and("id"), CheckInStatus.SCHEDULED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .page(0, BATCH)
                .list();
        for (CheckIn checkIn : pastDue) {
            checkIn.status = CheckInStatus.MISSED;
            checkIn.missedAt = now;
            outbox.publish(new CheckInMissed(checkIn.id, checkIn.patientId, checkIn.kind.name(), checkIn.dueAt, now));
        }
        return pastDue.size();
    }
}
