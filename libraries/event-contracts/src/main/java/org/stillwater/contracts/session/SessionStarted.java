package org.stillwater.contracts.session;

import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.BloodPressure;
import org.stillwater.contracts.EventData;

/** The pre-session safety gate passed and the patient began a home session. */
public record SessionStarted(
        UUID sessionId,
        UUID patientId,
        UUID prescriptionId,
        int sessionNumber,
        BloodPressure bloodPressureBefore,
        Instant startedAt) implements EventData {
}
