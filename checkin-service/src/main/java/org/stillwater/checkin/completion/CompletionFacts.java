package org.stillwater.checkin.completion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.stillwater.checkin.schedule.CheckInKind;
import org.stillwater.checkin.treatment.Outcome;
import org.stillwater.checkin.treatment.TreatmentStatus;

/**
 * What the completion rules look at.
 *
 * @param adjustment          the requested adjustment, or null
 * @param maxDoseMgPerSession the approved protocol's maximum dose
 * @param protocolMinHours    the approved protocol's minimum hours between sessions
 * @param strengthMg          the current prescription's lozenge strength, null while none is known
 * @param status              the treatment's status before this decision
 * @param liftsHold           whether completing this check-in lifts an adverse-event hold
 * @param windowOpensAt       the earliest this check-in may be held, or null
 * @param clinicianDeaNumber  the completing clinician's DEA number (token), if any
 * @param clinicianLastName   the completing clinician's last name (token), if known
 */
public record CompletionFacts(
        CheckInKind kind,
        Outcome outcome,
        CompletionRequest.Adjustment adjustment,
        int maxDoseMgPerSession,
        int protocolMinHours,
        Integer strengthMg,
        TreatmentStatus status,
        boolean liftsHold,
        List<Integer> phq9,
        List<Integer> gad7,
        String rationale,
        Instant windowOpensAt,
        Instant now,
        String clinicianDeaNumber,
        Optional<String> clinicianLastName) {
}
