package org.stillwater.prescription.shipment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stillwater.edge.persistence.Counts;
import org.stillwater.messaging.patient.PatientLocks;
import org.stillwater.prescription.prescribing.Prescription;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * Runs {@link ShipmentDeadlines} over the requested shipments every {@code stillwater.shipments.deadline-scan.every}
 * on the service clock: cancels the expired ones ({@code ShipmentCancelled} EXPIRED, through the outbox) and raises
 * the stalled ones to ops once each: a WARN log line with the ids, {@code stalled_at} set (listed by
 * {@code GET /api/v1/shipments/stalled}), and the gauge {@code stillwater.shipments.stalled} (requested shipments
 * raised and still not dispatched). Each shipment is changed in a transaction of its own under its patient's lock,
 * as every other change to a patient's fills is, so a dispatch racing the scan either wins or finds it cancelled.
 */
@Startup
@ApplicationScoped
public class StuckShipments {

    private static final Logger LOG = Logger.getLogger(StuckShipments.class);

    @Inject
    EntityManager entityManager;

    @Inject
    PatientLocks locks;

    @Inject
    Fills fills;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "stillwater.shipments.stalled-after-days")
    int stalledAfterDays;

    private final AtomicLong stalled = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder("stillwater.shipments.stalled", stalled, AtomicLong::get)
                .description("Requested shipments not dispatched for stillwater.shipments.stalled-after-days days and still requested")
                .register(metrics);
    }

    @Scheduled(identity = "stuck-shipments", every = "${stillwater.shipments.deadline-scan.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        scan();
    }

    /** Cancels the expired requested shipments, raises the stalled ones, and counts the stalled ones still requested. */
    public void scan() {
        Instant now = clock.instant();
        for (UUID shipmentId : QuarkusTransaction.requiringNew().call(() -> expiredCandidates(now))) {
            QuarkusTransaction.requiringNew().run(() -> cancelIfExpired(shipmentId, now));
        }
        for (UUID shipmentId : QuarkusTransaction.requiringNew().call(() -> stalledCandidates(now))) {
            QuarkusTransaction.requiringNew().run(() -> raiseIfStalled(shipmentId, now));
        }
        stalled.set(QuarkusTransaction.requiringNew().call(() -> Counts.count(Shipment.class, "status = ?1 and stalledAt is not null", ShipmentStatus.REQUESTED)));
    }

    private List<UUID> expiredCandidates(Instant now) {
        return entityManager.createQuery("""
                        select s.id from Shipment s, Prescription p
                        where p.id = s.prescriptionId and s.status = :requested and p.expiresAt <= :now""", UUID.class)
                .setParameter("requested", ShipmentStatus.REQUESTED)
                .setParameter("now", now)
                .getResultList();
    }

    /** Requested long enough ago to be stalled in any state: at least the days asked for, less a day for the zones. */
    private List<UUID> stalledCandidates(Instant now) {
        return entityManager.createQuery("""
                        select s.id from Shipment s
                        where s.status = :requested and s.stalledAt is null and s.requestedAt <= :earliest""", UUID.class)
                .setParameter("requested", ShipmentStatus.REQUESTED)
                .setParameter("earliest", now.minus(Duration.ofDays(Math.max(0, stalledAfterDays - 1))))
                .getResultList();
    }

    private void cancelIfExpired(UUID shipmentId, Instant now) {
        Shipment shipment = locked(shipmentId);
        if (shipment == null || shipment.status != ShipmentStatus.REQUESTED) {
            return;
        }
        Prescription prescription = Prescription.findById(shipment.prescriptionId);
        if (!ShipmentDeadlines.expired(prescription.expiresAt, now)) {
            return;
        }
        fills.cancel(shipment, ShipmentCancellationReason.EXPIRED);
        LOG.infof("shipment %s (prescription %s, fill %d, pharmacy %s) cancelled: not dispatched by the prescription's last fill day %s",
                shipment.id, shipment.prescriptionId, shipment.fillNumber, shipment.pharmacyId, prescription.lastFillDay);
    }

    private void raiseIfStalled(UUID shipmentId, Instant now) {
        Shipment shipment = locked(shipmentId);
        if (shipment == null || shipment.status != ShipmentStatus.REQUESTED || shipment.stalledAt != null) {
            return;
        }
        String state = entityManager.createQuery("select p.state from ApprovedPatient p where p.id = :id", String.class)
                .setParameter("id", shipment.patientId).getSingleResult();
        if (!ShipmentDeadlines.stalled(PatientCalendar.of(state), shipment.requestedAt, stalledAfterDays, now)) {
            return;
        }
        shipment.stalledAt = now;
        LOG.warnf("shipment %s (prescription %s, fill %d, pharmacy %s) stalled: requested at %s and not dispatched for %d days;"
                        + " listed by GET /api/v1/shipments/stalled", shipment.id, shipment.prescriptionId, shipment.fillNumber,
                shipment.pharmacyId, shipment.requestedAt, stalledAfterDays);
    }

    /** The shipment, locked after its patient (the order every change to a patient's fills takes); null if none. */
    private Shipment locked(UUID shipmentId) {
        Shipment shipment = Shipment.findById(shipmentId);
        if (shipment == null) {
            return null;
        }
        locks.lock(shipment.patientId);
        entityManager.refresh(shipment, LockModeType.PESSIMISTIC_WRITE);
        return shipment;
    }
}
