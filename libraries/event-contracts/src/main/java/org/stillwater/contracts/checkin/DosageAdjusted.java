package org.stillwater.contracts.checkin;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.EventData;

/**
 * A clinician changed the dose per session and/or the minimum hours between sessions (null: unchanged). The
 * adjusting clinician's NPI and DEA number travel with it: a changed controlled-substance prescription is theirs.
 */
public record DosageAdjusted(
        UUID checkInId,
        UUID patientId,
        @Nullable Integer doseMgPerSession,
        @Nullable Integer minHoursBetweenSessions,
        String clinicianId,
        @Nullable String clinicianNpi,
        @Nullable String clinicianDeaNumber,
        Instant adjustedAt) implements EventData {
}
