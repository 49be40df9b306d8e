package org.stillwater.checkin.treatment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a patient's treatment stands, derived from the clinicians' decisions at check-ins (in the order they
 * were taken) and the prescriptions announced so far (in whatever order they arrived).
 *
 * @param status                  active, paused or discontinued
 * @param doseMgPerSession        the newest of the current prescription's dose and the last adjusted dose; null when neither is known
 * @param minHoursBetweenSessions the last adjusted minimum, else the protocol's
 * @param strengthMg              the current prescription's lozenge strength; null while no prescription is known
 */
public record TreatmentCourse(TreatmentStatus status, Integer doseMgPerSession, int minHoursBetweenSessions, Integer strengthMg) {

    /** One clinician decision at a completed check-in, with the values of an ADJUST. */
    public record Decision(Instant at, Outcome outcome, Integer doseMgPerSession, Integer minHoursBetweenSessions) {
    }

    public static TreatmentCourse of(int protocolMinHours, Collection<Decision> decisions, Collection<Prescription> prescriptions) {
        TreatmentStatus status = TreatmentStatus.ACTIVE;
        Integer dose = null;
        Instant doseSetAt = null;
        int minHours = protocolMinHours;
        for (Decision decision : decisions.stream().sorted(Comparator.comparing(Decision::at)).toList()) {
            status = after(status, decision.outcome());
            if (decision.outcome() == Outcome.ADJUST && decision.doseMgPerSession() != null) {
                dose = decision.doseMgPerSession();
                doseSetAt = decision.at();
            }
            if (decision.outcome() == Outcome.ADJUST && decision.minHoursBetweenSessions() != null) {
                minHours = decision.minHoursBetweenSessions();
            }
        }
        Optional<Prescription> current = currentPrescription(prescriptions);
        if (current.isPresent() && (doseSetAt == null || !current.get().issuedAt.isBefore(doseSetAt))) {
            dose = current.get().doseMgPerSession;
        }
        return new TreatmentCourse(status, dose, minHours, current.map(prescription -> prescription.strengthMg).orElse(null));
    }

    /** What a decision does to the treatment: discontinued is for good; CONTINUE and ADJUST keep the status. */
    public static TreatmentStatus after(TreatmentStatus status, Outcome outcome) {
        if (status == TreatmentStatus.DISCONTINUED) {
            return status;
        }
        return switch (outcome) {
            case PAUSE -> TreatmentStatus.PAUSED;
            case RESUME -> TreatmentStatus.ACTIVE;
            case DISCONTINUE -> TreatmentStatus.DISCONTINUED;
            case CONTINUE, ADJUST -> status;
        };
    }

    /**
     * The prescription in force: issued, not cancelled, not superseded by another issued prescription; the
     * most recently issued of those.
     */
    public static Optional<Prescription> currentPrescription(Collection<Prescription> prescriptions) {
        Set<UUID> superseded = prescriptions.stream()
                .filter(prescription -> prescription.issuedAt != null && prescription.supersedesId != null)
                .map(prescription -> prescription.supersedesId)
                .collect(Collectors.toSet());
        return prescriptions.stream()
                .filter(prescription -> prescription.issuedAt != null && prescription.cancelledAt == null)
                .filter(prescription -> !superseded.contains(prescription.id))
                .max(Comparator.comparing((Prescription prescription) -> prescription.issuedAt)
                        .thenComparing(prescription -> prescription.id));
    }
}
