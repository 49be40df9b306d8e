package org.stillwater.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** What the broker knows that the services do not show: open transactions and each consumer group's position. */
final class KafkaState implements AutoCloseable {

    /** A Kafka transaction not yet committed or aborted; read-committed consumers wait at its first record. */
    record OpenTransaction(String transactionalId, Duration open, Set<TopicPartition> partitions) {

        @Override
        public String toString() {
            return transactionalId + " open for " + open.toSeconds() + " s on " + partitions;
        }
    }

    /**
     * One partition of a group's topic.
     *
     * @param committed       the group's committed offset (the next record it will handle); -1 when it has none
     * @param lastStable      the end a read-committed consumer can reach (stops at the first open transaction)
     * @param highWatermark   the end of the partition
     */
    record PartitionLag(TopicPartition partition, long committed, long lastStable, long highWatermark) {

        /** Offsets between the group and the end, commit markers included (so a group that has caught up shows 1). */
        long lag() {
            return lastStable - Math.max(committed, 0);
        }

        @Override
        public String toString() {
            return partition + ": committed " + committed + ", last stable " + lastStable + ", end " + highWatermark
                    + (lastStable < highWatermark ? " (an open transaction holds " + (highWatermark - lastStable) + " records back)" : "");
        }
    }

    private final Admin admin;

    KafkaState(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    List<OpenTransaction> openTransactions() {
        try {
            List<String> ids = admin.listTransactions(new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING)))
                    .all().get(15, TimeUnit.SECONDS).stream().map(TransactionListing::transactionalId).toList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<String, TransactionDescription> described = admin.describeTransactions(ids).all().get(15, TimeUnit.SECONDS);
            long now = System.currentTimeMillis();
            List<OpenTransaction> open = new ArrayList<>();
            described.forEach((id, transaction) -> transaction.transactionStartTimeMs().ifPresent(start ->
                    open.add(new OpenTransaction(id, Duration.ofMillis(now - start), transaction.topicPartitions()))));
            return open;
        } catch (Exception e) {
            throw new IllegalStateException("could not list the open transactions: " + e.getMessage(), e);
        }
    }

    /** Every partition the group has committed an offset for, in partition order. */
    List<PartitionLag> lag(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> stable = ends(latest, IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> high = ends(latest, IsolationLevel.READ_UNCOMMITTED);
            Map<String, PartitionLag> ordered = new TreeMap<>();
            committed.forEach((partition, offset) -> ordered.put(partition.topic() + String.format("%04d", partition.partition()),
                    new PartitionLag(partition, offset == null ? -1 : offset.offset(), stable.get(partition), high.get(partition))));
            return List.copyOf(ordered.values());
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of group " + group + ": " + e.getMessage(), e);
        }
    }

    /** The end a read-committed consumer of each of the group's partitions can reach now. */
    Map<TopicPartition, Long> lastStable(String group) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        lag(group).forEach(partition -> ends.put(partition.partition(), partition.lastStable()));
        return ends;
    }

    /**
     * True when the group has handled every committed record before {@code lastStable} on each of those partitions.
     * Each outbox batch ends with its transaction's commit marker, which takes an offset but is never handed to a
     * consumer: a group that handled the last record before it has committed the marker's offset, one short of the end.
     */
    boolean caughtUp(String group, Map<TopicPartition, Long> lastStable) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        lag(group).forEach(partition -> committed.put(partition.partition(), partition.committed()));
        return lastStable.entrySet().stream().allMatch(end -> committed.getOrDefault(end.getKey(), -1L) >= end.getValue() - 1);
    }

    private Map<TopicPartition, Long> ends(Map<TopicPartition, OffsetSpec> partitions, IsolationLevel isolation) throws Exception {
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(partitions, new ListOffsetsOptions(isolation)).all().get(15, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
