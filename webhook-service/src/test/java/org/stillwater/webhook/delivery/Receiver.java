package org.stillwater.webhook.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.stillwater.contracts.EventJson;

/**
 * A real webhook receiver in the test JVM (JDK HttpServer on 127.0.0.1): records every request it gets and answers
 * what the test says (a status code, after an optional delay). Verifies signatures as a partner would, with the
 * Standard Webhooks library.
 */
final class Receiver implements AutoCloseable {

    /** How the receiver answers its n-th request (from 1): a status code; it may sleep first to be slow. */
    @FunctionalInterface
    interface Answers {
        int answer(Request request, int nth) throws InterruptedException;
    }

    /** One request as received: headers by lower-case name, the body as text. */
    record Request(Map<String, List<String>> headers, String body, int answeredWith) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String webhookId() {
            return header("webhook-id");
        }

        JsonNode json() {
            try {
                return EventJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Verifies the signature with {@code secret} as a receiver would; throws if it does not verify. */
        void verify(String secret) throws Exception {
            new Webhook(secret).verify(body, headers);
        }

        /** The patient the event is about (its CloudEvents subject). */
        UUID patient() {
            return UUID.fromString(json().get("subject").asText());
        }

        boolean delivered() {
            return answeredWith >= 200 && answeredWith < 300;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Answers answers = (request, nth) -> 200;

    private Receiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static Receiver start() {
        return new Receiver(0);
    }

    /** A receiver on a given port, e.g. one that was down and is back. */
    static Receiver startOn(int port) {
        return new Receiver(port);
    }

    Receiver answering(Answers answers) {
        this.answers = answers;
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/hooks/stillwater?from=test");
    }

    /** Every request so far, in the order they arrived. */
    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * The requests about these patients, in the order they arrived. Tests look only at their own patients: the
     * topics are shared, so a subscription may also get events other tests published.
     */
    List<Request> requests(UUID... patients) {
        Set<UUID> about = Set.of(patients);
        return requests().stream().filter(request -> about.contains(request.patient())).toList();
    }

    /** The requests about these patients answered 2xx, in the order they arrived. */
    List<Request> delivered(UUID... patients) {
        return requests(patients).stream().filter(Request::delivered).toList();
    }

    /** The webhook-ids of the requests about these patients answered 2xx, in the order they arrived. */
    List<String> deliveredIds(UUID... patients) {
        return delivered(patients).stream().map(Request::webhookId).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            int nth = count.incrementAndGet();
            int status;
            try {
                status = answers.answer(new Request(headers, body, 0), nth);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (requests) {
                requests.add(new Request(headers, body, status));
            }
            byte[] answer = ("answer " + nth).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException gone) {
            // The sender gave up on a slow answer and closed the connection: nothing to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
