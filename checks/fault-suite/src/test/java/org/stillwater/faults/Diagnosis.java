package org.stillwater.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.stillwater.contracts.ContractValidator;
import org.stillwater.contracts.ContractViolation;
import org.stillwater.contracts.Topics;
import org.stillwater.contracts.ValidatedEvent;
import org.stillwater.launcher.service.ServiceName;

/**
 * Explains a failed run: for every stuck patient, where each of their events is (still in the producer's outbox,
 * on the topic at which offset and whether committed, handled by each consumer that reacts to it, dead-lettered
 * with the reason, or not yet handled and how far the consumer's group is from it), then each consumer group's
 * lag and the broker's open transactions at that moment.
 */
final class Diagnosis {

    private final String bootstrap;
    private final Databases databases;
    private final KafkaState kafka;
    /** Consumers outside the services that a journey waits for, such as the reference pharmacy. */
    private final List<String> outsideGroups;
    /** The faults of the run, to say which one an event was written or handled during. */
    private final List<Recoveries.Injected> faults;

    private final Map<ServiceName, Set<String>> reactsTo = new EnumMap<>(ServiceName.class);
    private final Map<String, List<ConsumerRecord<String, String>>> onTopics = new HashMap<>();
    private final Set<String> committed = new HashSet<>();
    private final Map<ServiceName, List<ConsumerRecord<String, String>>> deadLetters = new EnumMap<>(ServiceName.class);
    private final Map<ServiceName, Map<TopicPartition, KafkaState.PartitionLag>> positions = new EnumMap<>(ServiceName.class);

    private Diagnosis(String bootstrap, Databases databases, KafkaState kafka, List<String> outsideGroups, List<Recoveries.Injected> faults) {
        this.bootstrap = bootstrap;
        this.databases = databases;
        this.kafka = kafka;
        this.outsideGroups = outsideGroups;
        this.faults = faults;
    }

    /**
     * @param stuck         each stuck patient and what went wrong for them
     * @param outsideGroups consumer groups outside the services whose lag matters too (the reference pharmacy's)
     * @param faults        the faults injected so far
     */
    static String of(Map<UUID, String> stuck, String bootstrap, Databases databases, KafkaState kafka, List<String> outsideGroups,
                     List<Recoveries.Injected> faults) {
        try {
            return new Diagnosis(bootstrap, databases, kafka, outsideGroups, faults).explain(stuck);
        } catch (RuntimeException e) {
            return "the diagnosis itself failed: " + e;
        }
    }

    private String explain(Map<UUID, String> stuck) {
        for (ServiceName service : ServiceName.values()) {
            Set<String> types = databases.handledTypes(service);
            if (!types.isEmpty()) {
                reactsTo.put(service, types);
                deadLetters.put(service, TopicDump.readUncommittedToo(bootstrap, Topics.deadLetterTopic(service.id())));
                Map<TopicPartition, KafkaState.PartitionLag> byPartition = new HashMap<>();
                kafka.lag(service.id()).forEach(lag -> byPartition.put(lag.partition(), lag));
                positions.put(service, byPartition);
            }
        }
        for (String topic : Topics.eventTopics()) {
            onTopics.put(topic, TopicDump.readUncommittedToo(bootstrap, topic));
            TopicDump.read(bootstrap, topic).forEach(record -> committed.add(where(record)));
        }
        StringBuilder out = new StringBuilder();
        out.append("Diagnosis of ").append(stuck.size()).append(" stuck patient(s):\n");
        stuck.forEach((patient, what) -> patient(out, patient, what));
        out.append("Consumer groups (the committed offset is the next record the group will handle; each transaction's commit marker\n"
                + "takes an offset, so a partition whose lag is 1 has been handled to its end):\n");
        positions.forEach((service, partitions) -> out.append(behind(service.id(), partitions.values())));
        for (String outside : outsideGroups) {
            out.append(behind(outside, kafka.lag(outside)));
        }
        List<KafkaState.OpenTransaction> open = kafka.openTransactions();
        out.append("Open Kafka transactions: ").append(open.isEmpty() ? "none" : open).append('\n');
        return out.toString();
    }

    private void patient(StringBuilder out, UUID patient, String what) {
        out.append("  patient ").append(patient).append(": ").append(what).append('\n');
        boolean anything = false;
        for (ServiceName producer : ServiceName.values()) {
            for (Databases.Unpublished row : databases.outbox(producer, patient)) {
                anything = true;
                out.append(String.format("    %s %s still in %s-service's outbox (row %d, written %d s ago)%n", eventName(row.type()),
                        row.eventId(), producer.id(), row.id(), Duration.between(row.createdAt(), Instant.now()).toSeconds()));
            }
        }
        for (Map.Entry<String, List<ConsumerRecord<String, String>>> topic : onTopics.entrySet()) {
            for (ConsumerRecord<String, String> record : topic.getValue()) {
                if (!patient.toString().equals(record.key())) {
                    continue;
                }
                Optional<ValidatedEvent> event = parse(record.value());
                if (event.isEmpty()) {
                    continue;
                }
                anything = true;
                boolean isCommitted = committed.contains(where(record));
                out.append(String.format("    %s %s on %s%s%n", event.get().type().eventName(), event.get().id(), where(record),
                        isCommitted ? "" : ", NOT COMMITTED (its transaction is open or was aborted; consumers never see this copy)"));
                if (isCommitted) {
                    consumers(out, event.get(), record);
                }
            }
        }
        if (!anything) {
            out.append("    no event of this patient in any outbox or on any topic\n");
        }
    }

    private void consumers(StringBuilder out, ValidatedEvent event, ConsumerRecord<String, String> record) {
        reactsTo.forEach((consumer, types) -> {
            if (!types.contains(event.type().cloudEventType())) {
                return;
            }
            Optional<Databases.Handled> handled = databases.handled(consumer, event.id());
            if (handled.isPresent()) {
                out.append(String.format("      handled by %s-service %d ms after it was written%s%n", consumer.id(),
                        Duration.between(handled.get().producedAt(), handled.get().handledAt()).toMillis(), during(handled.get())));
                return;
            }
            Optional<ConsumerRecord<String, String>> deadLetter = deadLetters.get(consumer).stream()
                    .filter(letter -> letter.value() != null && letter.value().contains(event.id().toString())).findFirst();
            if (deadLetter.isPresent()) {
                out.append(String.format("      DEAD-LETTERED by %s-service on %s: %s%n", consumer.id(), where(deadLetter.get()),
                        header(deadLetter.get(), "dead-letter-reason")));
                return;
            }
            KafkaState.PartitionLag position = positions.get(consumer).get(new TopicPartition(record.topic(), record.partition()));
            out.append(String.format("      NOT HANDLED by %s-service: %s%n", consumer.id(), position == null
                    ? "its group has committed no offset on that partition"
                    : "its group is at offset " + position.committed() + " of that partition, "
                            + (position.committed() > record.offset() ? "past this record (handled without an inbox row?)"
                            : (record.offset() - Math.max(position.committed(), 0)) + " record(s) before this one")));
        });
    }

    /** The faults between the event's write and its handling, if any: what it waited for. */
    private String during(Databases.Handled handled) {
        List<String> between = faults.stream()
                .filter(fault -> fault.at().isBefore(handled.handledAt()) && fault.over().isAfter(handled.producedAt()))
                .map(fault -> fault.fault().action() + " for " + Duration.between(fault.at(), fault.over()).toSeconds() + " s"
                        + (fault.over().isBefore(handled.handledAt())
                        ? ", back " + Duration.between(fault.over(), handled.handledAt()).toSeconds() + " s before it was handled"
                        : ", handled before it was over"))
                .toList();
        return between.isEmpty() ? "" : "; meanwhile: " + String.join(", ", between);
    }

    /** A consumer group's records still to handle, then each partition that has some or is held back by an open transaction. */
    static String behind(String group, Collection<KafkaState.PartitionLag> partitions) {
        StringBuilder out = new StringBuilder();
        long behind = partitions.stream().mapToLong(lag -> Math.max(lag.lag() - 1, 0)).sum();
        out.append(String.format("  %s: at most %d record(s) still to handle%n", group, behind));
        partitions.stream()
                .filter(lag -> lag.lag() > 1 || lag.lastStable() < lag.highWatermark())
                .sorted(Comparator.comparing(lag -> lag.partition().toString()))
                .forEach(lag -> out.append("    ").append(lag).append('\n'));
        return out.toString();
    }

    private static Optional<ValidatedEvent> parse(String value) {
        try {
            return Optional.of(ContractValidator.instance().parse(value == null ? "" : value));
        } catch (ContractViolation poison) {
            return Optional.empty();
        }
    }

    private static String eventName(String cloudEventType) {
        String name = cloudEventType.replaceFirst("^stillwater\\.", "");
        return name.replaceFirst("\\.v\\d+$", "");
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + " partition " + record.partition() + " offset " + record.offset();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "(no " + name + ")" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
