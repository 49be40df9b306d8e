package org.stillwater.session.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.edge.security.PatientScope;
import org.stillwater.messaging.readmodel.ReadModelUpdate;

/**
 * What session-service knows about a patient, from the other services' events: who may see them and the
 * approved protocol (EvaluationApproved), dose and interval adjustments (DosageAdjusted), check-ins
 * (CheckInCompleted) and the treatment state (TreatmentPaused, TreatmentResumed, TreatmentDiscontinued).
 * Created by whichever of these events arrives first; each value keeps the time of the event that set it,
 * so a late, older event never overwrites a newer one.
 */
@Entity
public class Patient extends PanacheEntityBase {

    public enum Treatment {
        ACTIVE,
        PAUSED,
        DISCONTINUED
    }

    @Id
    public UUID id;
    public Instant firstSeenAt;
    public String partnerId;
    public String stateOfResidence;
    public Instant approvedAt;
    public Integer maxDoseMgPerSession;
    public Integer minHoursBetweenSessions;
    public Boolean sitterRequired;
    public Integer bpLimitSystolic;
    public Integer bpLimitDiastolic;
    public Integer adjustedDoseMgPerSession;
    public Instant doseAdjustedAt;
    public Integer adjustedMinHoursBetweenSessions;
    public Instant minHoursAdjustedAt;
    public Instant onboardingCompletedAt;
    public Instant lastCheckInCompletedAt;
    public Instant pausedAt;
    public Instant resumedAt;
    public Instant discontinuedAt;

    /** A patient the first event about whom is arriving now: only the id and when. */
    static Patient firstSeen(UUID id, Instant at) {
        Patient patient = new Patient();
        patient.id = id;
        patient.firstSeenAt = at;
        return patient;
    }

    /** Approved for treatment: only then does the patient exist for the API. */
    public boolean isApproved() {
        return approvedAt != null;
    }

    public PatientScope scope() {
        return new PatientScope(id, partnerId, stateOfResidence);
    }

    public Treatment treatment() {
        if (discontinuedAt != null) {
            return Treatment.DISCONTINUED;
        }
        if (pausedAt != null && (resumedAt == null || pausedAt.isAfter(resumedAt))) {
            return Treatment.PAUSED;
        }
        return Treatment.ACTIVE;
    }

    /** The minimum hours between sessions now: the latest adjustment, else the approved protocol's. */
    public int minHoursBetweenSessionsNow() {
        boolean adjustedSinceApproval = minHoursAdjustedAt != null && (approvedAt == null || !minHoursAdjustedAt.isBefore(approvedAt));
        return adjustedSinceApproval ? adjustedMinHoursBetweenSessions : minHoursBetweenSessions;
    }

    static Instant later(Instant current, Instant candidate) {
        return ReadModelUpdate.applies(candidate, current) ? candidate : current;
    }
}
