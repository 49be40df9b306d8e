package org.stillwater.checkin.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stillwater.contracts.checkin.CheckInScheduled;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.messaging.outbox.Outbox;

/**
 * Puts the check-ins the {@link Scheduling} rules ask for on a patient's calendar, once per kind and trigger,
 * and announces each with {@code CheckInScheduled} in the same transaction. Times are kept to the microsecond,
 * as the database keeps them, so the event and the API always show the same instant.
 */
@ApplicationScoped
public class CheckInCalendar {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    CadenceSettings settings;

    private Scheduling rules;

    @PostConstruct
    void configure() {
        rules = new Scheduling(settings.cadence());
    }

    public Scheduling rules() {
        return rules;
    }

    /** The check-in for this plan: the one already scheduled for the same kind and trigger, else a new one. */
    public CheckIn schedule(UUID patientId, PlannedCheckIn plan) {
        return CheckIn.find(patientId, plan.kind(), plan.triggerKey()).orElseGet(() -> create(patientId, plan));
    }

    /** Closes the patient's open check-ins of these kinds as CANCELLED (they stay on record). */
    public List<CheckIn> cancelOpen(UUID patientId, Set<CheckInKind> kinds, String reason) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<CheckIn> open = CheckIn.list("patientId = ?1 and kind in ?2 and status in ?3", patientId, kinds, CheckIn.OPEN);
        open.forEach(checkIn -> {
            checkIn.status = CheckInStatus.CANCELLED;
            checkIn.cancelledAt = clock.instant();
            checkIn.cancelReason = reason;
        });
        return open;
    }

    private CheckIn create(UUID patientId, PlannedCheckIn plan) {
        CheckIn checkIn = new CheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.patientId = patientId;
        checkIn.kind = plan.kind();
        checkIn.trigger = plan.trigger();
        checkIn.triggerKey = plan.triggerKey();
        checkIn.holdAdverseEventId = plan.holdAdverseEventId();
        checkIn.windowOpensAt = StoredTime.of(plan.windowOpensAt());
        checkIn.dueAt = StoredTime.of(plan.dueAt());
        checkIn.scheduledAt = StoredTime.now(clock);
        checkIn.status = CheckInStatus.SCHEDULED;
        checkIn.persist();
        outbox.publish(new CheckInScheduled(checkIn.id, patientId, checkIn.kind.name(), checkIn.trigger.name(),
                checkIn.windowOpensAt, checkIn.dueAt, checkIn.scheduledAt));
        return checkIn;
    }
}
