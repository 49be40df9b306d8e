package org.stillwater.prescription.prescribing;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stillwater.contracts.checkin.DosageAdjusted;
import org.stillwater.contracts.prescription.PrescriptionIssued;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Caller;
import org.stillwater.edge.security.Role;
import org.stillwater.edge.transition.Transitions;
import org.stillwater.messaging.outbox.Outbox;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.pharmacy.Pharmacy;
import org.stillwater.prescription.shipment.Fills;
import org.stillwater.prescription.shipment.Shipment;
import org.stillwater.prescription.shipment.ShipmentCancellationReason;
import org.stillwater.regulatory.calendar.LastDay;
import org.stillwater.regulatory.calendar.PatientCalendar;

/**
 * Issues, supersedes and cancels prescriptions, announcing each change on {@code prescription.events} in the
 * caller's transaction. The rules were checked before; the patient is locked by the caller.
 */
@ApplicationScoped
public class Prescriptions {

    @Inject
    Outbox outbox;

    @Inject
    Transitions transitions;

    @Inject
    Fills fills;

    @Inject
    Clock clock;

    /** A clinician's prescription: supersedes the active one, and fill 1 is requested from the pharmacy. */
    public Prescription issue(ApprovedPatient patient, Caller prescriber, PrescriptionRequest request, Pharmacy pharmacy) {
        UUID id = UUID.randomUUID();
        Optional<Prescription> active = Prescription.activeFor(patient.id);
        active.ifPresent(old -> cancel(old, Prescription.CancellationReason.SUPERSEDED, id, prescriber.name(),
                "superseded by prescription " + id, ShipmentCancellationReason.PRESCRIPTION_CANCELLED));

        Prescription prescription = new Prescription();
        prescription.id = id;
        prescription.lineageId = id;
        prescription.patientId = patient.id;
        prescription.supersedesPrescriptionId = active.map(old -> old.id).orElse(null);
        prescription.status = Prescription.Status.ACTIVE;
        prescription.clinicianId = prescriber.name();
        prescription.clinicianNpi = prescriber.npi().orElse(null);
        prescription.clinicianDeaNumber = prescriber.deaNumber().orElse(null);
        prescription.pharmacyId = pharmacy.pharmacyId();
        prescription.pharmacyDeaRegistration = pharmacy.deaRegistration();
        prescription.medication = Prescription.MEDICATION;
        prescription.rxnormCode = Prescription.RXNORM_CODE;
        prescription.strengthMg = request.strengthMg();
        prescription.unitsPerSession = request.unitsPerSession();
        prescription.doseMgPerSession = request.strengthMg() * request.unitsPerSession();
        prescription.quantityPerFill = request.quantityPerFill();
        prescription.refillsAuthorized = request.refills();
        prescription.maxFillNumber = request.refills() + 1;
        prescription.directions = request.directions().trim();
        prescription.issuedAt = clock.instant();
        LastDay lastFillDay = PrescriptionExpiry.lastFillDay(PatientCalendar.of(patient.state), prescription.issuedAt);
        prescription.lastFillDay = lastFillDay.day();
        prescription.expiresAt = lastFillDay.endsAt();
        prescription.persist();
        announce(prescription);
        fills.request(prescription, patient.shipTo(), prescriber.name(), prescriber.role().realmRole());
        return prescription;
    }

    /**
     * A check-in's new dose: a prescription of the same lineage (same strength, quantity, pharmacy, last fill day,
     * the refills that remained) supersedes the active one. No new fill, except that a fill requested under the old
     * prescription and not yet dispatched is cancelled and requested again under the new one (same fill number),
     * so the pharmacy never dispenses against a superseded prescription (to the patient's current address, where the
     * pharmacy may ship it).
     */
    public Prescription adjustDose(Prescription active, ApprovedPatient patient, DosageAdjusted adjustment, int unitsPerSession) {
        UUID id = UUID.randomUUID();
        int refillsRemaining = active.refillsRemaining(Fills.fillsUsed(active.lineageId));
        List<Shipment> pending = cancel(active, Prescription.CancellationReason.SUPERSEDED, id, adjustment.clinicianId(),
                "dose adjusted at check-in " + adjustment.checkInId(), ShipmentCancellationReason.PRESCRIPTION_CANCELLED);

        Prescription prescription = new Prescription();
        prescription.id = id;
        prescription.lineageId = active.lineageId;
        prescription.patientId = active.patientId;
        prescription.supersedesPrescriptionId = active.id;
        prescription.status = Prescription.Status.ACTIVE;
        prescription.clinicianId = adjustment.clinicianId();
        prescription.clinicianNpi = adjustment.clinicianNpi();
        prescription.clinicianDeaNumber = adjustment.clinicianDeaNumber();
        prescription.adjustedAtCheckInId = adjustment.checkInId();
        prescription.pharmacyId = active.pharmacyId;
        prescription.pharmacyDeaRegistration = active.pharmacyDeaRegistration;
        prescription.medication = active.medication;
        prescription.rxnormCode = active.rxnormCode;
        prescription.strengthMg = active.strengthMg;
        prescription.unitsPerSession = unitsPerSession;
        prescription.doseMgPerSession = active.strengthMg * unitsPerSession;
        prescription.quantityPerFill = active.quantityPerFill;
        prescription.refillsAuthorized = refillsRemaining;
        prescription.maxFillNumber = active.maxFillNumber;
        prescription.directions = "Dose adjusted at check-in " + adjustment.checkInId() + " to " + unitsPerSession + " lozenge(s) ("
                + prescription.doseMgPerSession + " mg) per session. Previous directions: " + active.directions;
        prescription.issuedAt = clock.instant();
        prescription.lastFillDay = active.lastFillDay;
        prescription.expiresAt = active.expiresAt;
        prescription.persist();
        announce(prescription);
        if (fills.mayShip(prescription.pharmacyId, patient)) {
            pending.forEach(cancelled -> fills.request(prescription, patient.shipTo(), adjustment.clinicianId(), Role.CLINICIAN.realmRole()));
        }
        return prescription;
    }

    /**
     * No further fills: {@link PrescriptionLifecycle#cancel} cancels the prescription and its undispatched fills (with
     * {@code shipmentReason}), stored and announced through {@link Transitions}. Flushed at once, so a superseding
     * prescription can become the active one.
     *
     * @param supersededBy the prescription that replaces it (reason SUPERSEDED), else null
     * @return the fills that were cancelled
     * @throws ProblemException 409 {@code prescription-not-active} when it is cancelled already
     */
    public List<Shipment> cancel(Prescription prescription, Prescription.CancellationReason reason, UUID supersededBy, String by,
                                 String note, ShipmentCancellationReason shipmentReason) {
        List<Shipment> undispatched = Fills.undispatched(prescription);
        transitions.apply(prescription, PrescriptionLifecycle.cancel(prescription, undispatched, reason, supersededBy, by, note,
                shipmentReason, clock.instant()));
        Panache.getEntityManager().flush();
        return undispatched;
    }

    private void announce(Prescription prescription) {
        outbox.publish(new PrescriptionIssued(prescription.id, prescription.patientId, prescription.supersedesPrescriptionId,
                prescription.clinicianId, prescription.pharmacyId, prescription.medication, prescription.rxnormCode,
                prescription.strengthMg, prescription.unitsPerSession, prescription.doseMgPerSession, prescription.quantityPerFill,
                prescription.refillsAuthorized, prescription.issuedAt, prescription.expiresAt));
    }
}
