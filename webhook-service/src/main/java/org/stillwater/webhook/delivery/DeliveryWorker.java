package org.stillwater.webhook.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.stillwater.webhook.callback.CallbackAddresses;
import org.stillwater.webhook.callback.ResolvedCallback;

/**
 * Sends the queued deliveries. One loop thread claims due deliveries (as many as there are idle sending threads)
 * and hands each to a sending thread, which checks the callback's address again (DNS may have changed since the
 * subscription was made), signs, sends, and records the answer. The loop runs when woken (a fan-out committed, a
 * send finished, so the next delivery of a lane can go) and at least every poll interval (retries coming due,
 * deliveries queued by another instance).
 *
 * <p>At-least-once: a delivery is leased while it is sent; a crash before its answer is recorded leaves the lease
 * to expire, and it is sent again with the same webhook-id, which receivers dedupe on.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /**
     * Receivers check {@code webhook-timestamp} against their own clock (the Standard Webhooks libraries allow 5
     * minutes): it comes from the real clock even where this service's clock is simulated (dev and test profiles).
     */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    @Inject
    DeliverySettings settings;

    @Inject
    DeliveryClaims claims;

    @Inject
    DeliveryRecorder recorder;

    @Inject
    WebhookSender sender;

    @Inject
    CallbackAddresses callbackAddresses;

    @Inject
    Clock clock;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicInteger idle = new AtomicInteger();
    private volatile boolean running;
    private ExecutorService senders;
    private Thread loop;

    void start(@Observes StartupEvent started) {
        if (!settings.enabled()) {
            LOG.info("webhook delivery is off on this instance (stillwater.webhook.delivery.enabled=false)");
            return;
        }
        running = true;
        idle.set(settings.threads());
        senders = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::run, "webhook-delivery-loop");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (loop == null) {
            return;
        }
        wakeUps.release();
        senders.shutdown();
        try {
            // Deliveries still in flight are recorded if they finish in time; the others' leases expire and they are sent again.
            senders.awaitTermination(settings.requestTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            loop.join(1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fan-out committed: look for due deliveries now rather than at the next poll. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueue.DeliveriesQueued queued) {
        wake();
    }

    public void wake() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (running) {
                    claimAndSend();
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException failed) {
                // The database away, typically: the next round tries again; nothing claimed was lost (leases expire).
                LOG.warnf("claiming deliveries failed, trying again: %s", failed.getMessage());
                pause();
            }
        }
    }

    private void claimAndSend() {
        int free = idle.get();
        if (free <= 0) {
            return;
        }
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = claims.claim(free, settings.maxInFlightPerSubscription(), now, now.plus(settings.lease()));
        for (ClaimedDelivery delivery : claimed) {
            idle.decrementAndGet();
            senders.execute(() -> {
                try {
                    deliver(delivery);
                } catch (RuntimeException failed) {
                    LOG.warnf("delivery %s not recorded, it is sent again once its lease expires: %s", delivery.id(), failed.getMessage());
                } finally {
                    idle.incrementAndGet();
                    wake();
                }
            });
        }
    }

    private void deliver(ClaimedDelivery delivery) {
        Instant attemptedAt = clock.instant();
        SendResult result;
        ResolvedCallback callback;
        try {
            callback = callbackAddresses.resolve(delivery.url());
        } catch (RuntimeException refused) {
            result = SendResult.noAnswer(0, "callback address refused: " + refused.getMessage());
            recorder.record(delivery, result, attemptedAt, clock.instant());
            return;
        }
        Map<String, String> headers;
        try {
            headers = headers(delivery, WALL_CLOCK.instant());
        } catch (IllegalStateException unsigned) {
            // Nothing is sent unsigned; the attempt is recorded so the owner sees why, and retried as any failure.
            recorder.record(delivery, SendResult.noAnswer(0, unsigned.getMessage()), attemptedAt, clock.instant());
            return;
        }
        result = sender.post(callback, headers, delivery.body());
        recorder.record(delivery, result, attemptedAt, clock.instant());
    }

    /** Standard Webhooks headers: the event id (the receiver's dedupe key), this attempt's time, one signature per valid secret. */
    static Map<String, String> headers(ClaimedDelivery delivery, Instant signedAt) {
        long timestamp = signedAt.getEpochSecond();
        String webhookId = delivery.eventId().toString();
        List<String> signatures = new ArrayList<>();
        for (String secret : delivery.secrets()) {
            try {
                signatures.add(new Webhook(secret).sign(webhookId, timestamp, delivery.body()));
            } catch (EmptyWebhookSecretException | WebhookSigningException | RuntimeException unusable) {
                throw new IllegalStateException("cannot sign with a secret of subscription " + delivery.subscriptionId(), unusable);
            }
        }
        if (signatures.isEmpty()) {
            throw new IllegalStateException("subscription " + delivery.subscriptionId() + " has no valid signing secret");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/cloudevents+json");
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", String.join(" ", signatures));
        return headers;
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
