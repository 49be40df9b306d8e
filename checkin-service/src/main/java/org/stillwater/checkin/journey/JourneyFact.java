package org.stillwater.checkin.journey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stillwater.edge.clock.StoredTime;
import org.stillwater.edge.persistence.Counts;

/**
 * Something another service announced about the patient, kept once per fact (its type and its own id: the
 * session, shipment, adverse event...), with when it happened. Ids, codes and numbers only: no free text.
 */
@Entity
public class JourneyFact extends PanacheEntityBase {

    /** The id of the event that brought the fact. */
    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public EntryType type;
    public UUID subjectId;
    public Instant occurredAt;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    public static List<JourneyFact> ofPatient(UUID patientId) {
        return list("patientId", patientId);
    }

    /** Keeps the fact unless the same fact (type and subject) is already known, e.g. announced again under a new event id. */
    static void record(UUID eventId, UUID patientId, Fact fact) {
        if (!Counts.any(JourneyFact.class, "patientId = ?1 and type = ?2 and subjectId = ?3", patientId, fact.type(), fact.subjectId())) {
            of(eventId, patientId, fact).persist();
        }
    }

    static JourneyFact of(UUID eventId, UUID patientId, Fact fact) {
        JourneyFact row = new JourneyFact();
        row.id = eventId;
        row.patientId = patientId;
        row.type = fact.type();
        row.subjectId = fact.subjectId();
        row.occurredAt = StoredTime.of(fact.occurredAt());
        row.summary = fact.summary();
        row.details = fact.details();
        return row;
    }
}
