package org.stillwater.messaging.inbox;

/**
 * Why a poll's records are left for the partitions' next owner (this process restarted, or another instance): the
 * process is stopping, the database stayed away until it did, a record could not be dead-lettered, or handling failed
 * in a way that is none of the records' own (an {@link Error} too). {@link InboundEvents#accept} nacks the poll's first
 * record with it; the channel's failure strategy ({@link DeadLetterOrRedeliver}) then dead-letters nothing and stops the
 * lane (its Kafka consumer closes; the partitions move to the group's other consumers, and to this process again when
 * it restarts), and the poll, never acknowledged, has none of its offsets committed that were not before.
 */
public class BatchRedelivered extends RuntimeException {

    BatchRedelivered(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
