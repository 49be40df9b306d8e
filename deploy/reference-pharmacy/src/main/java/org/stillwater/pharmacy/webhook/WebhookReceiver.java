package org.stillwater.pharmacy.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The receiving end of Stillwater's webhooks, as a careful receiver runs it: an HTTP server on the loopback address
 * that takes a POST, verifies it with the Standard Webhooks library and the subscription's signing secret
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}; the library refuses a timestamp more than
 * 5 minutes from now, which is what stops a replay of an old request), records it in its {@link Inbox} and only
 * then answers 2xx. The {@code webhook-id} is the CloudEvent id, the same on every retry and redelivery: the inbox
 * refuses one it has recorded before, and the request is still acknowledged (2xx), so the sender stops retrying
 * and nothing is handled twice. The reference pharmacy and {@code ./stillwater demo} both receive through it.
 *
 * <p>Answers: 204 recorded (or recorded before); 401 a missing, forged or stale signature; 503 before the secret is
 * known (the subscription's 201 arrives after its URL had to be given, so a first delivery may come in between: the
 * sender retries it); 500 when the inbox could not record it (retried too); 405 not a POST; 413 more than 1 MiB.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The largest request accepted: a CloudEvent of the platform is a few KiB. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** Where a verified request is recorded before it is acknowledged. */
    @FunctionalInterface
    public interface Inbox {
        /**
         * Records the request; called once the signature is verified, one request at a time.
         *
         * @return false if a request with this {@code webhook-id} was recorded before (a retry or a redelivery)
         * @throws IOException when it could not be recorded: the request is answered 500 and the sender retries it
         */
        boolean record(String webhookId, String body) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String path;
    private final Inbox inbox;
    private final Consumer<String> log;
    private volatile Webhook verifier;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    private WebhookReceiver(HttpServer server, String path, Inbox inbox, Consumer<String> log) {
        this.server = server;
        this.path = path;
        this.inbox = inbox;
        this.log = log;
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(path, this::handle);
    }

    /**
     * Starts receiving on {@code 127.0.0.1:port} (0: a free port) at {@code path}; requests are refused (503)
     * until {@link #trust(String)} gives the signing secret.
     */
    public static WebhookReceiver start(int port, String path, Inbox inbox, Consumer<String> log) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        WebhookReceiver receiver = new WebhookReceiver(server, path, inbox, log);
        server.start();
        return receiver;
    }

    /** The URL to subscribe with. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The subscription's signing secret ({@code whsec_…}, from the 201 of the subscription or of a rotation). */
    public void trust(String signingSecret) {
        try {
            verifier = new Webhook(signingSecret);
        } catch (RuntimeException | EmptyWebhookSecretException invalid) {
            throw new IllegalArgumentException("not a signing secret: " + invalid.getMessage(), invalid);
        }
    }

    /** Requests verified and recorded for the first time. */
    public long recorded() {
        return recorded.get();
    }

    /** Verified requests whose webhook-id was recorded before: acknowledged, not recorded again. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Requests refused for their signature (missing, forged, or a timestamp outside the tolerance). */
    public long refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = answer(exchange);
            if (status == 503) {
                exchange.getResponseHeaders().set("Retry-After", "1");
            } else if (status == 405) {
                exchange.getResponseHeaders().set("Allow", "POST");
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private int answer(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            return 404;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return 405;
        }
        byte[] bytes = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
        if (bytes == null) {
            return 413;
        }
        Webhook webhook = verifier;
        if (webhook == null) {
            return 503;
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        try {
            webhook.verify(body, exchange.getRequestHeaders());
        } catch (WebhookVerificationException forgedOrStale) {
            refused.incrementAndGet();
            log.accept("refused a webhook request: " + forgedOrStale.getMessage());
            return 401;
        }
        String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
        try {
            boolean first;
            synchronized (inbox) {
                first = inbox.record(webhookId, body);
            }
            (first ? recorded : duplicates).incrementAndGet();
            return 204;
        } catch (IOException | RuntimeException notRecorded) {
            log.accept("could not record webhook request " + webhookId + ": " + notRecorded.getMessage());
            return 500;
        }
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
