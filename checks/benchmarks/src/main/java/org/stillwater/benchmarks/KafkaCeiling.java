package org.stillwater.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's ceiling on this machine: one producer as the outbox relays configure theirs (acks=all,
 * idempotent), 1 KiB records as fast as it accepts them, to a topic created for the purpose (6 partitions,
 * like the platform's; topic auto-creation is off) and deleted afterwards.
 */
final class KafkaCeiling {

    static final int RECORD_BYTES = 1024;

    /** Records acknowledged per second and what that is in MiB/s; latency is send to acknowledgement. */
    record Result(String topic, long records, double seconds, double recordsPerSecond, double mebibytesPerSecond, Summary ackLatency) {
    }

    private KafkaCeiling() {
    }

    static Result measure(String bootstrapServers, double seconds) {
        String topic = "stillwater-bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                return produce(bootstrapServers, topic, seconds);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Result produce(String bootstrapServers, String topic, double seconds) {
        byte[] value = new byte[RECORD_BYTES];
        java.util.Arrays.fill(value, (byte) 'x');
        Histogram latency = new ConcurrentHistogram(1, TimeUnit.MINUTES.toMicros(1), 3);
        LongAdder acknowledged = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicLong lastAck = new AtomicLong();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "stillwater-bench",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            long began = System.nanoTime();
            long end = began + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, Long.toString(n++), value), (metadata, exception) -> {
                    long now = System.nanoTime();
                    if (exception == null) {
                        acknowledged.increment();
                        latency.recordValue(Math.max(1, Math.min(latency.getHighestTrackableValue(), (now - sent) / 1000)));
                        lastAck.accumulateAndGet(now, Math::max);
                    } else {
                        failed.increment();
                    }
                });
            }
            producer.flush();
            double elapsed = (lastAck.get() - began) / 1e9;
            long records = acknowledged.sum();
            if (failed.sum() > 0) {
                throw new IllegalStateException(failed.sum() + " records to " + topic + " were not acknowledged");
            }
            return new Result(topic, records, elapsed, records / elapsed, records * (double) RECORD_BYTES / elapsed / (1024 * 1024),
                    Summary.ofLatencies(latency));
        }
    }
}
