package org.stillwater.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The workloads' HTTP client: HTTP/1.1 with keep-alive on one Vert.x event loop, asynchronous, so a slow answer
 * never holds back the next request of the schedule. Writes carry an Idempotency-Key, as a careful client's do; a
 * request without a connection, or without a byte of its answer, within {@link #TIMEOUT} fails with a {@link java.util.concurrent.TimeoutException}.
 *
 * <p>Why an event loop: java.net.http cost about 1 ms of CPU per request on this 2-core machine (a thread hop or
 * three per exchange and a pooled thread per answer), 15–30 times wrk's, and the benchmark shares the machine with
 * what it measures (docs/performance.md, "The load generator against wrk"). Answers complete on the event loop, so
 * whatever a caller chains on them must not block.
 */
final class LoadClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    /**
     * Connections to a service, at most; a request due when all are busy waits for one, and its latency still counts
     * from its intended send time. A fixed set of connections driven at a constant rate is wrk2's open model, and 16
     * is what the {@link GeneratorCheck} gives wrk. Without a bound, an overloaded stage opened a connection per late
     * request, and bare-insert, with hundreds of requests on 2 cores, answered 465/s at 800 offered where with 16 it
     * answered 744/s (2026-12-02, one run each).
     */
    static final int CONNECTIONS = 16;

    /** A status and the body, read as UTF-8. */
    record Answer(int statusCode, String body) {
    }

    /** What a closed loop is told of each request: when it went out ({@link System#nanoTime()}) and its answer, or why none came. */
    interface Answered {
        void accept(long sentNanos, Answer answer, Throwable failure);
    }

    private final Duration timeout;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
    private final HttpClient http = vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setPipelining(false),
            new PoolOptions().setHttp1MaxSize(CONNECTIONS));

    LoadClient() {
        this(TIMEOUT);
    }

    /** @param timeout how long a request may wait for a connection, and then for each part of its answer */
    LoadClient(Duration timeout) {
        this.timeout = timeout;
    }

    /** POST of a JSON body, with a bearer token unless {@code token} is null. */
    CompletableFuture<Answer> post(String url, String token, String json) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.putHeader("Authorization", "Bearer " + token);
        }
        return http.request(request)
                .compose(sending -> sending.send(Buffer.buffer(json)))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())))
                .toCompletionStage()
                .toCompletableFuture();
    }

    /**
     * Keeps {@code inFlight} POSTs of {@code json} in flight until {@code deadlineNanos} ({@link System#nanoTime()}), each
     * sent from the event loop as the one before it is answered (a closed loop, as wrk drives), and returns once the
     * last is answered. No thread waits per request, so the loop costs what the client costs.
     *
     * @param answered told of every request, on the event loop
     * @throws IllegalStateException if the answers are not in {@link #TIMEOUT} × 2 after the deadline
     */
    void closedLoop(String url, String json, int inFlight, long deadlineNanos, Answered answered) {
        CountDownLatch loops = new CountDownLatch(inFlight);
        for (int i = 0; i < inFlight; i++) {
            vertx.runOnContext(ignored -> sendInLoop(url, json, deadlineNanos, answered, loops));
        }
        try {
            long waitNanos = deadlineNanos - System.nanoTime() + 2 * timeout.toNanos();
            if (!loops.await(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException(loops.getCount() + " of " + inFlight + " closed loops still waiting for an answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void sendInLoop(String url, String json, long deadlineNanos, Answered answered, CountDownLatch loops) {
        if (System.nanoTime() - deadlineNanos >= 0) {
            loops.countDown();
            return;
        }
        long sent = System.nanoTime();
        post(url, null, json).whenComplete((answer, failure) -> {
            try {
                answered.accept(sent, answer, failure);
            } finally {
                // the next request from a fresh task: a failure known at once must not recurse on this stack until the deadline
                vertx.runOnContext(ignored -> sendInLoop(url, json, deadlineNanos, answered, loops));
            }
        });
    }

    /** Closes the connections and stops the event loop (its thread would keep the JVM alive). */
    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
