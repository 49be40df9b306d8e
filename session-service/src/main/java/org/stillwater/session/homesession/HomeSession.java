package org.stillwater.session.homesession;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stillwater.session.gate.BlockReason;

/**
 * A home session, or an attempt the gate blocked (status BLOCKED, with its reasons: kept so clinicians see
 * patterns). A started session is completed once by the patient, or closed as ABANDONED when it was not
 * completed in time. Never deleted.
 */
@Entity
public class HomeSession extends PanacheEntityBase {

    public enum Status {
        BLOCKED,
        IN_PROGRESS,
        COMPLETED,
        ABANDONED
    }

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** Counts started sessions (1, 2, ...); null for a blocked attempt. */
    public Integer sessionNumber;
    public Instant attemptedAt;
    public String attemptedBy;
    public String attemptedByRole;
    @JdbcTypeCode(SqlTypes.JSON)
    public StartRequest preSessionCheck;
    public int bpBeforeSystolic;
    public int bpBeforeDiastolic;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BlockReason> reasons;
    public Instant retryAfter;
    public boolean urgentEscalation;
    public UUID prescriptionId;
    /** The dose per session in force when the session started: the most it may log. */
    public Integer allowedDoseMg;
    public Integer strengthMg;
    public Instant startedAt;
    /** A dose logged while the session was in progress: it counts even if the session is abandoned. */
    public Instant doseLoggedAt;
    public Integer loggedDoseMg;
    public Integer loggedUnitsUsed;
    public Integer doseMg;
    public Integer unitsUsed;
    public Integer onsetMinutes;
    public Integer durationMinutes;
    public Integer intensity;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SideEffect> sideEffects;
    public Integer bpAfterSystolic;
    public Integer bpAfterDiastolic;
    public Integer moodBefore;
    public Integer moodAfter;
    public String journal;
    public Instant completedAt;
    public String completedBy;

    /** A new attempt at a session, with the pre-session check it answered; {@link SessionLifecycle#start} decides the rest. */
    static HomeSession attempt(UUID patientId, Instant attemptedAt, String attemptedBy, String attemptedByRole, StartRequest check) {
        HomeSession attempt = new HomeSession();
        attempt.id = UUID.randomUUID();
        attempt.patientId = patientId;
        attempt.attemptedAt = attemptedAt;
        attempt.attemptedBy = attemptedBy;
        attempt.attemptedByRole = attemptedByRole;
        attempt.preSessionCheck = check;
        attempt.bpBeforeSystolic = check.bloodPressure().systolic();
        attempt.bpBeforeDiastolic = check.bloodPressure().diastolic();
        return attempt;
    }

    /**
     * What the gate needs from a patient's session log, in one query (it was three: a count, a max and a sum,
     * on every session start).
     */
    public static History historyOf(UUID patientId) {
        Object[] row = getEntityManager().createQuery("""
                        select count(s.sessionNumber), max(s.startedAt), coalesce(sum(coalesce(s.unitsUsed, s.loggedUnitsUsed)), 0)
                        from HomeSession s where s.patientId = :patient""", Object[].class)
                .setParameter("patient", patientId)
                .getSingleResult();
        return new History(((Number) row[0]).intValue(), (Instant) row[1], ((Number) row[2]).intValue());
    }

    /**
     * A patient's session log at a glance.
     *
     * @param started       sessions started so far (blocked attempts have no session number and do not count)
     * @param lastStartedAt when the latest one started; null before the first
     * @param unitsUsed     units (lozenges) logged as used by the sessions, completed or not
     */
    public record History(int started, Instant lastStartedAt, int unitsUsed) {

        /** The number the patient's next started session gets: 1, 2, ... in the order they start. */
        public int nextSessionNumber() {
            return started + 1;
        }
    }

    /** The patient a session belongs to, read without loading (and caching) the session itself. */
    public static UUID patientOf(UUID sessionId) {
        return getEntityManager().createQuery("select s.patientId from HomeSession s where s.id = :id", UUID.class)
                .setParameter("id", sessionId)
                .getResultStream().findFirst().orElse(null);
    }
}
