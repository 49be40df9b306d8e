package org.stillwater.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The workloads' HTTP client: HTTP/1.1 with keep-alive on one Vert.x event loop, asynchronous, so a slow answer
 * never holds back the next request of the schedule. Writes carry an Idempotency-Key, as a careful client's do; a
 * request whose whole answer is not in within {@link #TIMEOUT} of being handed to the client (waiting for a
 * connection included) fails with a {@link TimeoutException}, and its connection is closed.
 *
 * <p>Why an event loop: java.net.http cost about 1 ms of CPU per request on this 2-core machine (a thread hop or
 * three per exchange and a pooled thread per answer), 15–30 times wrk's, and the benchmark shares the machine with
 * what it measures (docs/performance.md, "The load generator against wrk"). Answers complete on the event loop, so
 * whatever a caller chains on them must not block.
 */
final class LoadClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    /**
     * Connections to a service, at most, unless {@code --connections} says otherwise; a request due when all are busy
     * waits for one, and its latency still counts from its intended send time. A fixed set of connections driven at a
     * constant rate is wrk2's open model, and the {@link GeneratorCheck} gives wrk as many. Without a bound, an
     * overloaded stage opened a connection per late request, and bare-insert, with hundreds of requests on 2 cores,
     * answered 465/s at 800 offered where with 16 it answered 744/s (2026-12-02, one run each). It also caps a stage at
     * 16 ÷ the answer time: at 1 s per answer, 16 requests/s (docs/performance.md, "The 16-connection bound and the
     * session endpoints").
     */
    static final int DEFAULT_CONNECTIONS = 16;

    /**
     * A status, the body read as UTF-8, and when the request was written on a connection ({@link System#nanoTime()}):
     * after any wait for one of the client's connections.
     */
    record Answer(int statusCode, String body, long writtenNanos) {
    }

    /** What a closed loop is told of each request: when it was handed to the client ({@link System#nanoTime()}) and its answer, or why none came. */
    interface Answered {
        void accept(long sentNanos, Answer answer, Throwable failure);
    }

    private final int connections;
    private final Duration timeout;
    private final Vertx vertx;
    private final HttpClient http;

    LoadClient(int connections) {
        this(connections, TIMEOUT);
    }

    /**
     * @param connections how many connections to a service the client opens at most, at least 1
     * @param timeout how long a request may take from being handed to the client to the last byte of its answer
     * @throws IllegalArgumentException if {@code connections} is below 1
     */
    LoadClient(int connections, Duration timeout) {
        if (connections < 1) {
            throw new IllegalArgumentException("a client needs at least one connection, was " + connections);
        }
        this.connections = connections;
        this.timeout = timeout;
        // daemon threads: a benchmark that fails before close() still exits
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1)
                .setUseDaemonThread(true));
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    /** How many connections to a service the client opens at most. */
    int connections() {
        return connections;
    }

    /** POST of a JSON body, with a bearer token unless {@code token} is null. */
    CompletableFuture<Answer> post(String url, String token, String json) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setConnectTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            options.putHeader("Authorization", "Bearer " + token);
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        HttpClientRequest[] written = new HttpClientRequest[1];
        // one deadline for the whole exchange: Vert.x's idle timeout stops at the response's headers, and a body that stalls would hang
        long deadline = vertx.setTimer(timeout.toMillis(), fired -> {
            if (answer.completeExceptionally(new TimeoutException("no whole answer within " + timeout.toMillis() + " ms")) && written[0] != null) {
                written[0].reset();
            }
        });
        http.request(options)
                .compose(request -> {
                    if (answer.isDone()) {
                        request.reset();
                        return Future.failedFuture("timed out waiting for a connection");
                    }
                    written[0] = request;
                    long writtenNanos = System.nanoTime();
                    return request.send(Buffer.buffer(json))
                            .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString(), writtenNanos)));
                })
                .onComplete(result -> {
                    vertx.cancelTimer(deadline);
                    if (result.succeeded()) {
                        answer.complete(result.result());
                    } else {
                        answer.completeExceptionally(result.cause());
                    }
                });
        return answer;
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
        CompletableFuture<Answer> answer;
        try {
            answer = post(url, null, json);
        } catch (RuntimeException refused) {
            answer = CompletableFuture.failedFuture(refused);
        }
        answer.whenComplete((response, failure) -> {
            try {
                answered.accept(sent, response, failure);
            } finally {
                // the next request from a fresh task: a failure known at once must not recurse on this stack until the deadline
                vertx.runOnContext(ignored -> sendInLoop(url, json, deadlineNanos, answered, loops));
            }
        });
    }

    /** Closes the connections and stops the event loop. */
    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
