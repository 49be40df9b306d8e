package org.stillwater.session.homesession;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stillwater.edge.validation.BloodPressureReading;
import org.stillwater.session.gate.BlockReason;

/** A session or blocked attempt as the API shows it, journal included (to those who may see the patient). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(
        UUID sessionId,
        UUID patientId,
        HomeSession.Status status,
        boolean blocked,
        Integer sessionNumber,
        Instant attemptedAt,
        StartRequest preSessionCheck,
        List<BlockReason> reasons,
        Instant retryAfter,
        Boolean urgentEscalation,
        UUID prescriptionId,
        Integer allowedDoseMg,
        Instant startedAt,
        Instant completeBy,
        LoggedDose doseLogged,
        Integer doseMg,
        Integer unitsUsed,
        Integer onsetMinutes,
        Integer durationMinutes,
        Integer intensity,
        List<SideEffect> sideEffects,
        BloodPressureReading bloodPressureAfter,
        Integer moodBefore,
        Integer moodAfter,
        String journal,
        Instant completedAt) {

    /** A dose logged while the session was in progress. */
    public record LoggedDose(int doseMg, int unitsUsed, Instant loggedAt) {
    }

    static SessionView of(HomeSession session, Duration abandonAfter) {
        boolean blocked = session.status == HomeSession.Status.BLOCKED;
        return new SessionView(session.id, session.patientId, session.status, blocked, session.sessionNumber, session.attemptedAt,
                session.preSessionCheck,
                blocked ? session.reasons : null,
                session.retryAfter,
                blocked ? session.urgentEscalation : null,
                session.prescriptionId, session.allowedDoseMg, session.startedAt,
                session.status == HomeSession.Status.IN_PROGRESS ? session.startedAt.plus(abandonAfter) : null,
                session.doseLoggedAt == null ? null : new LoggedDose(session.loggedDoseMg, session.loggedUnitsUsed, session.doseLoggedAt),
                session.doseMg, session.unitsUsed, session.onsetMinutes, session.durationMinutes, session.intensity,
                session.sideEffects,
                session.bpAfterSystolic == null ? null : new BloodPressureReading(session.bpAfterSystolic, session.bpAfterDiastolic),
                session.moodBefore, session.moodAfter, session.journal, session.completedAt);
    }
}
