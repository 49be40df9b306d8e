package org.stillwater.checkin.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.stillwater.checkin.schedule.CheckIn;
import org.stillwater.fhir.Encounters;
import org.stillwater.fhir.Observations;
import org.stillwater.fhir.QuestionnaireResponses;

/**
 * checkin-service's records as FHIR R4: each check-in as an Encounter, and the PHQ-9 and GAD-7 measured at a
 * completed one (the week-4 follow-up, or any other where the clinician recorded them) as Observations and
 * QuestionnaireResponses of that Encounter. The clinician's notes and rationale stay here.
 */
final class CheckInFhir {

    private CheckInFhir() {
    }

    static Encounter encounter(CheckIn checkIn) {
        return Encounters.encounter(new Encounters.CheckIn(checkIn.id, checkIn.patientId, checkIn.kind.name(),
                Encounters.Status.valueOf(checkIn.status.name()), checkIn.windowOpensAt != null ? checkIn.windowOpensAt : checkIn.scheduledAt,
                checkIn.dueAt, checkIn.completedAt,
                checkIn.clinicianId));
    }

    static List<Observation> observations(CheckIn checkIn) {
        List<Observation> observations = new ArrayList<>();
        if (checkIn.completedAt == null) {
            return observations;
        }
        if (checkIn.phq9Total != null) {
            observations.add(Observations.phq9Total(measured(checkIn, "phq9-total"), checkIn.phq9Total));
        }
        if (checkIn.phq9Answers != null && checkIn.phq9Answers.size() == 9) {
            observations.add(Observations.phq9Item9(measured(checkIn, "phq9-item9"), checkIn.phq9Answers.get(8)));
        }
        if (checkIn.gad7Total != null) {
            observations.add(Observations.gad7Total(measured(checkIn, "gad7-total"), checkIn.gad7Total));
        }
        return observations;
    }

    static List<QuestionnaireResponse> questionnaireResponses(CheckIn checkIn) {
        List<QuestionnaireResponse> responses = new ArrayList<>();
        if (checkIn.completedAt == null) {
            return responses;
        }
        if (checkIn.phq9Answers != null && checkIn.phq9Answers.size() == 9) {
            responses.add(QuestionnaireResponses.phq9(answered(checkIn, "phq9"), checkIn.phq9Answers));
        }
        if (checkIn.gad7Answers != null && checkIn.gad7Answers.size() == 7) {
            responses.add(QuestionnaireResponses.gad7(answered(checkIn, "gad7"), checkIn.gad7Answers));
        }
        return responses;
    }

    private static Observations.Measured measured(CheckIn checkIn, String what) {
        return new Observations.Measured(checkIn.id + "-" + what, checkIn.patientId, checkIn.completedAt, checkIn.id);
    }

    private static QuestionnaireResponses.Answered answered(CheckIn checkIn, String what) {
        return new QuestionnaireResponses.Answered(checkIn.id + "-" + what, checkIn.patientId, checkIn.completedAt, checkIn.id);
    }
}
