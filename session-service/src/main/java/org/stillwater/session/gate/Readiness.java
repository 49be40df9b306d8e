package org.stillwater.session.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.session.adverse.Hold;
import org.stillwater.session.homesession.HomeSession;
import org.stillwater.session.homesession.SessionLogPolicy;
import org.stillwater.session.homesession.SessionSettings;
import org.stillwater.session.medication.Medication;
import org.stillwater.session.medication.Prescription;
import org.stillwater.session.patient.Patient;

/** Gathers what the gate needs to know about a patient from the read model and the session log. */
@ApplicationScoped
public class Readiness {

    @Inject
    Medication medication;

    @Inject
    GateSettings gateSettings;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    Clock clock;

    /** The time of this request, at the precision the database keeps, so answers, events and rows agree. */
    public Instant now() {
        return StoredTime.now(clock);
    }

    /** The gate, judging at {@code now}. */
    public SessionGate gate(Instant now) {
        return new SessionGate(gateSettings.limits(), Clock.fixed(now, ZoneOffset.UTC));
    }

    public Assessment assess(Patient patient, Instant now) {
        Optional<DosingPlan> plan = medication.activePrescription(patient.id).map(prescription -> plan(patient, prescription));
        HomeSession.History history = HomeSession.historyOf(patient.id);
        Medication.Units units = new Medication.Units(medication.delivered(patient.id), history.unitsUsed());
        List<Hold> holds = Hold.active(patient.id);
        Optional<HomeSession> inProgress = HomeSession.<HomeSession>list("patientId = ?1 and status = ?2", patient.id, HomeSession.Status.IN_PROGRESS)
                .stream()
                .filter(session -> !SessionLogPolicy.overdue(session.startedAt, sessionSettings.abandonAfter(), now))
                .findFirst();
        GateFacts facts = new GateFacts(
                plan.isPresent(),
                plan.map(DosingPlan::unitsPerSession).orElse(1),
                units.delivered(),
                units.onHand(),
                patient.treatment() == Patient.Treatment.PAUSED,
                patient.treatment() == Patient.Treatment.DISCONTINUED,
                holds.size(),
                patient.onboardingCompletedAt != null,
                patient.stateOfResidence,
                history.lastStartedAt(),
                patient.minHoursBetweenSessionsNow(),
                patient.lastCheckInCompletedAt,
                inProgress.isPresent(),
                patient.bpLimitSystolic,
                patient.bpLimitDiastolic,
                patient.sitterRequired);
        return new Assessment(facts, plan, units, holds, inProgress, history);
    }

    private static DosingPlan plan(Patient patient, Prescription prescription) {
        return DosingPlan.of(prescription.id, prescription.strengthMg, prescription.doseMgPerSession, prescription.issuedAt,
                patient.adjustedDoseMgPerSession, patient.doseAdjustedAt, patient.maxDoseMgPerSession);
    }

    /**
     * A patient's readiness.
     *
     * @param plan       the dose a session may take, when there is an active prescription
     * @param inProgress the session in progress, if any
     * @param history    the patient's session log at a glance
     */
    public record Assessment(GateFacts facts, Optional<DosingPlan> plan, Medication.Units units, List<Hold> holds,
                             Optional<HomeSession> inProgress, HomeSession.History history) {
    }
}
