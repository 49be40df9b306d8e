package org.stillwater.fhir;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;

/**
 * A virtual check-in as an Encounter (checkin-service owns the record): planned while scheduled or missed (it can
 * still be completed), finished once a clinician completed it, cancelled when treatment made it unnecessary.
 * The clinician's notes stay in checkin-service.
 */
public final class Encounters {

    private Encounters() {
    }

    public enum Status {
        SCHEDULED, MISSED, COMPLETED, CANCELLED
    }

    /**
     * @param kind        ONBOARDING, INTEGRATION, WEEKLY, URGENT or FOLLOW_UP (DESIGN §4)
     * @param plannedFrom the earliest it may be held (its window's opening, else when it was scheduled), or null
     * @param dueAt       when it is due; the planned period ends then
     * @param completedAt when the clinician completed it, or null
     * @param clinicianId the clinician who completed it, or null
     */
    public record CheckIn(UUID id, UUID patientId, String kind, Status status, Instant plannedFrom, Instant dueAt,
                          Instant completedAt, String clinicianId) {
    }

    public static Encounter encounter(CheckIn checkIn) {
        Encounter encounter = new Encounter();
        encounter.setId(checkIn.id().toString());
        encounter.setStatus(switch (checkIn.status()) {
            case SCHEDULED, MISSED -> Encounter.EncounterStatus.PLANNED;
            case COMPLETED -> Encounter.EncounterStatus.FINISHED;
            case CANCELLED -> Encounter.EncounterStatus.CANCELLED;
        });
        encounter.setClass_(new Coding(Codes.ACT_CODE, "VR", "virtual"));
        String kind = checkIn.kind().toLowerCase(Locale.ROOT).replace('_', '-');
        encounter.addType(new CodeableConcept(new Coding(Codes.CHECK_IN_KIND, checkIn.kind(), kind + " check-in"))
                .setText(kind + " check-in"));
        encounter.setPriority(new CodeableConcept("URGENT".equals(checkIn.kind())
                ? new Coding(Codes.ACT_PRIORITY, "UR", "urgent") : new Coding(Codes.ACT_PRIORITY, "R", "routine")));
        encounter.setSubject(References.patient(checkIn.patientId()));
        if (checkIn.completedAt() != null) {
            encounter.setPeriod(new Period().setStartElement(Times.dateTime(checkIn.completedAt()))
                    .setEndElement(Times.dateTime(checkIn.completedAt())));
        } else {
            Period planned = new Period().setEndElement(Times.dateTime(checkIn.dueAt()));
            if (checkIn.plannedFrom() != null) {
                planned.setStartElement(Times.dateTime(checkIn.plannedFrom()));
            }
            encounter.setPeriod(planned);
        }
        if (checkIn.clinicianId() != null) {
            encounter.addParticipant().setIndividual(References.clinician(checkIn.clinicianId(), null));
        }
        return encounter;
    }
}
