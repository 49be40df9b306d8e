package org.stillwater.checkin.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /**
     * Keeps the fact unless the same fact (type and subject) is already known, e.g. announced again under a new event
     * id: one insert, which the unique constraint {@code journey_fact_once} turns into nothing for a known fact. A
     * query first and then an insert cost checkin-service about a tenth of its CPU while consuming (issue 17).
     *
     * @param json the service's object mapper. Hibernate maps the {@code details} column with a Jackson mapper of its own
     *             ({@code quarkus.hibernate-orm.mapping.format.global=ignore}); both write the details alike, as they
     *             hold only text, numbers, booleans and lists of text ({@link Fact}).
     */
    static void record(UUID eventId, UUID patientId, Fact fact, ObjectMapper json) {
        JourneyFact row = of(eventId, patientId, fact);
        String details;
        try {
            details = json.writeValueAsString(row.details);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalArgumentException("the details of " + fact.type() + " cannot be written as JSON", unwritable);
        }
        getEntityManager().createNativeQuery("""
                        insert into journey_fact (id, patient_id, type, subject_id, occurred_at, summary, details)
                        values (:id, :patientId, :type, :subjectId, :occurredAt, :summary, cast(:details as jsonb))
                        on conflict on constraint journey_fact_once do nothing""")
                .setParameter("id", row.id)
                .setParameter("patientId", row.patientId)
                .setParameter("type", row.type.name())
                .setParameter("subjectId", row.subjectId)
                .setParameter("occurredAt", row.occurredAt)
                .setParameter("summary", row.summary)
                .setParameter("details", details)
                .executeUpdate();
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
