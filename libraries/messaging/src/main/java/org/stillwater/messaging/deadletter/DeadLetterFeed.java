package org.stillwater.messaging.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.stillwater.messaging.inbox.Shutdown;
import org.stillwater.messaging.inbox.TransientFailure;

/**
 * Reads this service's own dead-letter topic ({@code <service>.dlq}, channel {@value #CHANNEL}) into the
 * {@code dead_letter} table the operators act on. Every record becomes a row, whatever it holds; while the
 * database is away the record waits and is stored once it is back. The channel's failure strategy is
 * {@code fail}: a record that cannot be stored for any other reason stops the feed (logged, and the Kafka
 * liveness check goes down) rather than being skipped, and it is read again on restart.
 */
@ApplicationScoped
public class DeadLetterFeed {

    public static final String CHANNEL = "dead-letters";
    private static final Logger LOG = Logger.getLogger(DeadLetterFeed.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeadLetterDepth depth;

    @Inject
    Shutdown shutdown;

    private Guard retriedWhileAway;

    @PostConstruct
    void guard() {
        retriedWhileAway = Guard.create().withRetry().maxRetries(-1).maxDuration(0, ChronoUnit.MILLIS)
                .delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .withExponentialBackoff().maxDelay(5, ChronoUnit.SECONDS).done()
                .whenException(failure -> TransientFailure.is(failure) && !shutdown.begun())
                .beforeRetry(failure -> LOG.warnf("storing a dead letter waits for the database: %s", failure.getMessage()))
                .done().build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> deadLettered) {
        retriedWhileAway.get(() -> {
            QuarkusTransaction.requiringNew().run(() -> deadLetters.store(deadLettered));
            return Boolean.TRUE;
        }, Boolean.class);
        depth.refresh();
    }
}
