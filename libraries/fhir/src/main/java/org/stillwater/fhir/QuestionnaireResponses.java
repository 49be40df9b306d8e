package org.stillwater.fhir;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * The PHQ-9 and GAD-7 answers as QuestionnaireResponses: one item per question, its linkId the item's LOINC
 * code, its answer the item's score 0–3 (the scale's own coding); the questionnaire is LOINC's form of the
 * panel ({@code http://loinc.org/q/<panel code>}), which Stillwater does not serve itself.
 */
public final class QuestionnaireResponses {

    private QuestionnaireResponses() {
    }

    /**
     * @param id          the response's id (the source record's id and a suffix)
     * @param encounterId the check-in it was answered at, or null
     */
    public record Answered(String id, UUID patientId, Instant at, UUID encounterId) {
    }

    /** @param answers the nine PHQ-9 answers in item order, each 0–3 */
    public static QuestionnaireResponse phq9(Answered answered, List<Integer> answers) {
        return response(answered, Codes.PHQ9_PANEL, "PHQ-9 quick depression assessment panel", Codes.PHQ9_ITEMS, answers);
    }

    /** @param answers the seven GAD-7 answers in item order, each 0–3 */
    public static QuestionnaireResponse gad7(Answered answered, List<Integer> answers) {
        return response(answered, Codes.GAD7_PANEL, "Generalized anxiety disorder 7 item (GAD-7)", Codes.GAD7_ITEMS, answers);
    }

    private static QuestionnaireResponse response(Answered answered, String panel, String title, List<String> items, List<Integer> answers) {
        if (answers.size() != items.size()) {
            throw new IllegalArgumentException(title + " has " + items.size() + " items, not " + answers.size());
        }
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(answered.id());
        response.setQuestionnaire("http://loinc.org/q/" + panel);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(References.patient(answered.patientId()));
        if (answered.encounterId() != null) {
            response.setEncounter(new Reference("Encounter/" + answered.encounterId()));
        }
        response.setAuthoredElement(Times.dateTime(answered.at()));
        for (int item = 0; item < items.size(); item++) {
            response.addItem().setLinkId(items.get(item)).setText(title + " item " + (item + 1))
                    .addAnswer().setValue(new IntegerType(answers.get(item)));
        }
        return response;
    }
}
