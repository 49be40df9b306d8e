package org.stillwater.messaging.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.messaging.inbox.InboundEvents;
import org.stillwater.messaging.inbox.TransientFailure;

/**
 * The operator's side of this service's dead letters (table {@code dead_letter}, fed from {@code <service>.dlq} by
 * {@link DeadLetterFeed}): list, show, replay through the inbox, discard. Every method runs in the caller's
 * transaction, so a status change commits with the request's audit row; a replay's handling runs in the inbox's
 * own transaction, as a consumed event's does.
 */
@ApplicationScoped
public class DeadLetters {

    /** Headers the connector's dead-letter strategy writes on each record it dead-letters. */
    static final String TOPIC_HEADER = "dead-letter-topic";
    static final String PARTITION_HEADER = "dead-letter-partition";
    static final String OFFSET_HEADER = "dead-letter-offset";
    static final String REASON_HEADER = "dead-letter-reason";
    static final String EXCEPTION_HEADER = "dead-letter-exception-class-name";
    static final String CAUSE_HEADER = "dead-letter-cause-class-name";

    static final int MAX_ERROR = 2000;
    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = """
            id, source_topic, source_partition, source_offset, event_id, event_type, patient_id, reason, error,
            first_failed_at, last_failed_at, attempts, status, resolved_at, resolved_by, discard_reason,
            dead_letter_topic, dead_letter_partition, dead_letter_offset""";

    @Inject
    EntityManager entityManager;

    @Inject
    InboundEvents inbound;

    @Inject
    Clock clock;

    /**
     * Records a record read from the dead-letter topic: a new dead letter, or, for a record of the same topic,
     * partition and offset dead-lettered again, one more attempt with the latest error. Reading the same
     * dead-letter record twice changes nothing.
     */
    public void store(ConsumerRecord<String, String> deadLettered) {
        String payload = storable(deadLettered.value() == null ? "" : deadLettered.value(), Integer.MAX_VALUE);
        JsonNode envelope = lenientJson(payload);
        String sourceTopic = header(deadLettered, TOPIC_HEADER);
        Integer sourcePartition = integer(header(deadLettered, PARTITION_HEADER));
        Long sourceOffset = longValue(header(deadLettered, OFFSET_HEADER));
        boolean located = sourceTopic != null && sourcePartition != null && sourceOffset != null;
        String reasonText = header(deadLettered, REASON_HEADER);
        Instant failedAt = deadLettered.timestamp() >= 0 ? Instant.ofEpochMilli(deadLettered.timestamp()) : clock.instant();
        entityManager.createNativeQuery("""
                        insert into dead_letter (id, source_topic, source_partition, source_offset, dead_letter_topic,
                            dead_letter_partition, dead_letter_offset, record_key, event_id, event_type, patient_id, reason, error,
                            payload, first_failed_at, last_failed_at, attempts, status)
                        values (:id, :topic, :partition, :offset, :deadLetterTopic, :deadLetterPartition, :deadLetterOffset, cast(:key as text),
                            cast(:eventId as uuid), cast(:eventType as text), cast(:patientId as uuid), :reason, :error, :payload, :failedAt, :failedAt, 1, 'OPEN')
                        on conflict (source_topic, source_partition, source_offset) do update
                            set dead_letter_partition = excluded.dead_letter_partition,
                                dead_letter_offset = excluded.dead_letter_offset,
                                reason = excluded.reason, error = excluded.error, last_failed_at = excluded.last_failed_at,
                                attempts = dead_letter.attempts + 1
                            where (dead_letter.dead_letter_partition, dead_letter.dead_letter_offset)
                                is distinct from (excluded.dead_letter_partition, excluded.dead_letter_offset)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("topic", located ? sourceTopic : deadLettered.topic())
                .setParameter("partition", located ? sourcePartition : deadLettered.partition())
                .setParameter("offset", located ? sourceOffset : deadLettered.offset())
                .setParameter("deadLetterTopic", deadLettered.topic())
                .setParameter("deadLetterPartition", deadLettered.partition())
                .setParameter("deadLetterOffset", deadLettered.offset())
                .setParameter("key", deadLettered.key() == null ? null : storable(deadLettered.key(), 200))
                .setParameter("eventId", uuid(text(envelope, "id")).map(UUID::toString).orElse(null))
                .setParameter("eventType", eventType(text(envelope, "type")))
                .setParameter("patientId", uuid(deadLettered.key()).or(() -> uuid(text(envelope, "subject"))).map(UUID::toString).orElse(null))
                .setParameter("reason", DeadLetterReason.ofException(header(deadLettered, EXCEPTION_HEADER), header(deadLettered, CAUSE_HEADER)).name())
                .setParameter("error", storable(reasonText == null ? "no reason given" : reasonText, MAX_ERROR))
                .setParameter("payload", payload)
                .setParameter("failedAt", failedAt)
                .executeUpdate();
    }

    /** Dead letters that match the filter, the most recently failed first. */
    public List<DeadLetter> list(DeadLetterFilter filter, int page, int size) {
        Query query = entityManager.createNativeQuery("select " + COLUMNS + " from dead_letter where " + filter.where()
                + " order by last_failed_at desc, id limit :limit offset :offset");
        filter.parameters().forEach(query::setParameter);
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        return rows(query);
    }

    public long count(DeadLetterFilter filter) {
        Query query = entityManager.createNativeQuery("select count(*) from dead_letter where " + filter.where());
        filter.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    public Optional<DeadLetter> find(UUID id) {
        return rows(entityManager.createNativeQuery("select " + COLUMNS + " from dead_letter where id = :id").setParameter("id", id))
                .stream().findFirst();
    }

    /** The dead letter and its envelope where the record meets the contracts (see {@link DeadLetterDetail}). */
    public Optional<DeadLetterDetail> detail(UUID id) {
        return find(id).map(letter -> {
            try {
                ValidatedEvent event = parse(letter, payload(id));
                ObjectNode envelope = JSON.createObjectNode();
                for (String attribute : List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data")) {
                    if (event.envelope().has(attribute)) {
                        envelope.set(attribute, event.envelope().get(attribute));
                    }
                }
                return new DeadLetterDetail(letter, envelope, null);
            } catch (RuntimeException outsideTheContracts) {
                return new DeadLetterDetail(letter, null, "the record does not meet the event contracts, so what it carries is not shown here;"
                        + " it is on " + letter.deadLetterTopic() + " partition " + letter.deadLetterPartition() + " offset "
                        + letter.deadLetterOffset());
            }
        });
    }

    /** The dead letter locked for this transaction's change, or empty when there is none of that id. */
    public Optional<DeadLetter> locked(UUID id) {
        return rows(entityManager.createNativeQuery("select " + COLUMNS + " from dead_letter where id = :id for update").setParameter("id", id))
                .stream().findFirst();
    }

    /**
     * Replays an open dead letter through the inbox, as if consumed again from its topic, partition and offset:
     * handled once per event id, so a replay of an event handled before changes nothing. A replay that fails
     * leaves it open with the error and one more attempt.
     *
     * @throws RuntimeException a transient failure (the database away): nothing about the dead letter changed
     */
    public Replay replay(DeadLetter letter, String operator) {
        if (letter.status() != DeadLetterStatus.OPEN) {
            throw new IllegalStateException("dead letter " + letter.deadLetterId() + " is " + letter.status());
        }
        Object[] stored = (Object[]) entityManager.createNativeQuery("select record_key, payload from dead_letter where id = :id")
                .setParameter("id", letter.deadLetterId()).getSingleResult();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(letter.topic(), letter.partition(), letter.offset(),
                (String) stored[0], (String) stored[1]);
        ReplayOutcome outcome;
        try {
            outcome = switch (inbound.replay(record)) {
                case HANDLED -> ReplayOutcome.HANDLED;
                case ALREADY_HANDLED -> ReplayOutcome.ALREADY_HANDLED;
                case NOT_HANDLED_HERE -> ReplayOutcome.NOT_HANDLED_HERE;
            };
        } catch (RuntimeException failure) {
            if (TransientFailure.is(failure)) {
                throw failure;
            }
            entityManager.createNativeQuery("""
                            update dead_letter set attempts = attempts + 1, last_failed_at = :now, reason = :reason, error = :error
                            where id = :id""")
                    .setParameter("now", clock.instant())
                    .setParameter("reason", DeadLetterReason.of(failure).name())
                    .setParameter("error", storable(String.valueOf(failure.getMessage()), MAX_ERROR))
                    .setParameter("id", letter.deadLetterId())
                    .executeUpdate();
            return new Replay(find(letter.deadLetterId()).orElseThrow(), ReplayOutcome.STILL_FAILING);
        }
        resolve(letter.deadLetterId(), DeadLetterStatus.REPLAYED, operator, null);
        return new Replay(find(letter.deadLetterId()).orElseThrow(), outcome);
    }

    /**
     * Replays the open dead letters that match the filter, at most {@code limit}, in the order they were consumed
     * (topic, partition, offset: a patient's events stay in order). Dead letters another operator is replaying
     * right now are skipped.
     */
    public List<Replay> replayAll(DeadLetterFilter filter, int limit, String operator) {
        DeadLetterFilter open = filter.open();
        Query query = entityManager.createNativeQuery("select " + COLUMNS + " from dead_letter where " + open.where()
                + " order by source_topic, source_partition, source_offset limit :limit for update skip locked");
        open.parameters().forEach(query::setParameter);
        query.setParameter("limit", limit);
        List<Replay> replays = new ArrayList<>();
        for (DeadLetter letter : rows(query)) {
            replays.add(replay(letter, operator));
        }
        return replays;
    }

    /** Closes an open dead letter without replaying it, with the operator's reason. */
    public DeadLetter discard(DeadLetter letter, String operator, String reason) {
        if (letter.status() != DeadLetterStatus.OPEN) {
            throw new IllegalStateException("dead letter " + letter.deadLetterId() + " is " + letter.status());
        }
        resolve(letter.deadLetterId(), DeadLetterStatus.DISCARDED, operator, reason);
        return find(letter.deadLetterId()).orElseThrow();
    }

    private void resolve(UUID id, DeadLetterStatus status, String operator, String discardReason) {
        entityManager.createNativeQuery("""
                        update dead_letter set status = :status, resolved_at = :now, resolved_by = :operator, discard_reason = cast(:reason as text)
                        where id = :id""")
                .setParameter("status", status.name())
                .setParameter("now", clock.instant())
                .setParameter("operator", operator)
                .setParameter("reason", discardReason)
                .setParameter("id", id)
                .executeUpdate();
    }

    private String payload(UUID id) {
        return (String) entityManager.createNativeQuery("select payload from dead_letter where id = :id").setParameter("id", id).getSingleResult();
    }

    private static ValidatedEvent parse(DeadLetter letter, String payload) {
        ValidatedEvent event = ContractValidator.instance().parse(payload);
        if (!event.type().topic().equals(letter.topic())) {
            throw new ContractViolation(event.type().eventName() + " does not belong on " + letter.topic());
        }
        return event;
    }

    @SuppressWarnings("unchecked")
    private static List<DeadLetter> rows(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new DeadLetter((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(),
                ((Number) row[3]).longValue(), (UUID) row[4], (String) row[5], (UUID) row[6], DeadLetterReason.valueOf((String) row[7]),
                (String) row[8], instant(row[9]), instant(row[10]), ((Number) row[11]).intValue(), DeadLetterStatus.valueOf((String) row[12]),
                instant(row[13]), (String) row[14], (String) row[15], (String) row[16], ((Number) row[17]).intValue(),
                ((Number) row[18]).longValue())).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode lenientJson(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String text(JsonNode envelope, String attribute) {
        return envelope != null && envelope.isObject() && envelope.path(attribute).isTextual() ? envelope.get(attribute).asText() : null;
    }

    /** A CloudEvents type as shown to operators: an identifier, never arbitrary text from a poison record. */
    private static String eventType(String type) {
        return type != null && EVENT_TYPE.matcher(type).matches() ? type : null;
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equalsIgnoreCase(value) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static Long longValue(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** Text as a PostgreSQL text column takes it (no NUL), at most {@code max} characters. */
    private static String storable(String text, int max) {
        String clean = text.replace('\u0000', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }
}
