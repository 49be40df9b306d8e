package org.stillwater.fhir;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * A reported adverse event (session-service owns the record), with ketamine as the suspect. The reporter's
 * description is free text and never leaves session-service (DESIGN §3), so it is not exported.
 */
public final class AdverseEvents {

    private static final String SUSPECT = "ketamine";

    private AdverseEvents() {
    }

    /** How serious, as session-service grades it. */
    public enum Grade {
        MILD, MODERATE, SEVERE, LIFE_THREATENING
    }

    /** @param category what kind of event (session-service's category name, e.g. {@code PROLONGED_DISSOCIATION}) */
    public record Reported(UUID id, UUID patientId, String category, Grade grade, Instant reportedAt) {
    }

    public static AdverseEvent adverseEvent(Reported reported) {
        AdverseEvent event = new AdverseEvent();
        event.setId(reported.id().toString());
        event.addContained(Ketamine.medication(SUSPECT, "ketamine HCl sublingual lozenge"));
        event.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        event.setEvent(new CodeableConcept(new Coding(Codes.ADVERSE_EVENT_CATEGORY, reported.category(), readable(reported.category())))
                .setText(readable(reported.category())));
        event.setSubject(References.patient(reported.patientId()));
        event.setDateElement(Times.dateTime(reported.reportedAt()));
        event.setRecordedDateElement(Times.dateTime(reported.reportedAt()));
        event.setSeriousness(new CodeableConcept(switch (reported.grade()) {
            case MILD, MODERATE -> new Coding(Codes.ADVERSE_EVENT_SERIOUSNESS, "Non-serious", "Non-serious");
            case SEVERE -> new Coding(Codes.ADVERSE_EVENT_SERIOUSNESS, "Serious", "Serious");
            case LIFE_THREATENING -> new Coding(Codes.ADVERSE_EVENT_SERIOUSNESS, "SeriousIsLifeThreatening", "Is Life-threatening");
        }));
        event.setSeverity(new CodeableConcept(switch (reported.grade()) {
            case MILD -> new Coding(Codes.ADVERSE_EVENT_SEVERITY, "mild", "Mild");
            case MODERATE -> new Coding(Codes.ADVERSE_EVENT_SEVERITY, "moderate", "Moderate");
            case SEVERE, LIFE_THREATENING -> new Coding(Codes.ADVERSE_EVENT_SEVERITY, "severe", "Severe");
        }).setText(readable(reported.grade().name())));
        event.addSuspectEntity().setInstance(new Reference("#" + SUSPECT));
        return event;
    }

    private static String readable(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
