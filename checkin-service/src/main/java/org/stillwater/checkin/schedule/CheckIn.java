package org.stillwater.checkin.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentCourse;

/**
 * A virtual check-in: scheduled from an event or a patient's request, completed once by a clinician (the
 * completion is recorded on the same row and never changed afterwards).
 */
@Entity
public class CheckIn extends PanacheEntityBase {

    public static final Set<CheckInStatus> OPEN = EnumSet.of(CheckInStatus.SCHEDULED, CheckInStatus.MISSED);

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CheckInKind kind;
    @Enumerated(EnumType.STRING)
    public Trigger trigger;
    public UUID triggerKey;
    /** The adverse event whose hold completing this check-in lifts. */
    public UUID holdAdverseEventId;
    public Instant windowOpensAt;
    public Instant dueAt;
    public Instant scheduledAt;
    @Enumerated(EnumType.STRING)
    public CheckInStatus status;
    public String requestedBy;
    public String requestReason;
    public Instant missedAt;
    public Instant cancelledAt;
    public String cancelReason;

    public Instant completedAt;
    public String clinicianId;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> phq9Answers;
    public Integer phq9Total;
    public String phq9Severity;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> gad7Answers;
    public Integer gad7Total;
    public String gad7Severity;
    public Integer baselinePhq9;
    public Integer phq9ChangePercent;
    public Boolean response;
    public Boolean remission;
    public Integer doseMgPerSession;
    public Integer minHoursBetweenSessions;
    public UUID liftsAdverseEventHold;
    public String notes;
    public String rationale;

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** Open and past its due time, whether or not the scan has marked it MISSED yet. */
    public boolean isOverdue(Instant now) {
        return status == CheckInStatus.MISSED || (status == CheckInStatus.SCHEDULED && dueAt.isBefore(now));
    }

    /** The clinician's decision, once completed. */
    public Optional<TreatmentCourse.Decision> decision() {
        if (status != CheckInStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new TreatmentCourse.Decision(completedAt, outcome, doseMgPerSession, minHoursBetweenSessions));
    }

    /** The decisions taken at the completed ones, for {@link TreatmentCourse}. */
    public static List<TreatmentCourse.Decision> decisions(List<CheckIn> checkIns) {
        return checkIns.stream().flatMap(checkIn -> checkIn.decision().stream()).toList();
    }

    public static List<CheckIn> ofPatient(UUID patientId) {
        return list("patientId", Sort.by("dueAt").and("id"), patientId);
    }

    public static Optional<CheckIn> find(UUID patientId, CheckInKind kind, UUID triggerKey) {
        return find("patientId = ?1 and kind = ?2 and triggerKey = ?3", patientId, kind, triggerKey).firstResultOptional();
    }
}
