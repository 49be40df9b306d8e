package org.stillwater.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends requests at a fixed arrival rate whatever the answers do (an open model): request k of a block is
 * due at the block's start + k / rate, and its latency is measured from that intended time, not from when it
 * went out, so a server (or a load generator) that falls behind shows as latency instead of being hidden by
 * coordinated omission. A block may end with a barrier, run once all of its answers are in (the writes
 * workload moves the simulated clock there); the next block is due a fixed gap after the last request, and
 * whatever waits longer than that is late, and counted so. Throughput is measured per block from the times
 * the answers came (see {@link Rate}).
 */
final class OpenModel {

    /** One request: where its latency goes, how it is sent, and what to do with a successful answer. */
    record Request(Series series, Supplier<CompletableFuture<LoadClient.Answer>> send, Consumer<LoadClient.Answer> onSuccess,
                   Runnable onFailure) {

        Request(Series series, Supplier<CompletableFuture<LoadClient.Answer>> send) {
            this(series, send, response -> { }, () -> { });
        }
    }

    /** Requests sent at {@code ratePerSecond}, then (optionally) a barrier. */
    record Block(double ratePerSecond, List<Request> requests, Runnable barrier) {
    }

    /** A request that could not be sent because what it needs failed (a completion whose start failed). */
    static final class NotSent extends RuntimeException {
        NotSent(String reason) {
            super(reason);
        }
    }

    private final Series sendLag;
    private final AtomicLong sent = new AtomicLong();

    /**
     * @param sendLag where the generator's lateness goes: from the intended send time to the request's writing on a
     *                connection, so a wait for one of the client's connections counts (to its handing to the client,
     *                for a request that got no answer)
     */
    OpenModel(Series sendLag) {
        this.sendLag = sendLag;
    }

    long sent() {
        return sent.get();
    }

    /**
     * Runs the blocks in order and returns when every answer is in.
     *
     * @param gapNanos time between a block with a barrier and the next one
     */
    void run(List<Block> blocks, long gapNanos) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        List<Runnable> creditThroughput = new ArrayList<>();
        List<CompletableFuture<Long>> all = new ArrayList<>();
        for (Block block : blocks) {
            long step = (long) (1e9 / block.ratePerSecond());
            List<CompletableFuture<Long>> answers = new ArrayList<>();
            for (Request request : block.requests()) {
                sleepUntil(due);
                answers.add(send(request, due));
                due += step;
            }
            all.addAll(answers);
            creditThroughput.add(() -> {
                long[] answered = answers.stream().mapToLong(CompletableFuture::join).sorted().toArray();
                Rate rate = Rate.of(answered);
                block.requests().stream().map(Request::series).distinct().forEach(series -> series.served(rate.answers(), rate.nanos()));
            });
            if (block.barrier() != null) {
                awaitAll(answers);
                block.barrier().run();
                due = due - step + gapNanos;
            }
        }
        awaitAll(all);
        creditThroughput.forEach(Runnable::run);
    }

    /**
     * The rate at which a block's answers came out: the answers between the 5th and the 95th percentile of
     * their times over the time between those two, so that neither the first answer's latency nor one slow
     * straggler at the end skews it. A server that keeps up answers at the arrival rate; one that cannot,
     * at its own capacity.
     */
    record Rate(long answers, long nanos) {

        static Rate of(long[] sortedAnswerTimes) {
            int n = sortedAnswerTimes.length;
            if (n < 2) {
                return new Rate(0, 0);
            }
            int first = n >= 20 ? (int) Math.floor(0.05 * (n - 1)) : 0;
            int last = n >= 20 ? (int) Math.ceil(0.95 * (n - 1)) : n - 1;
            return new Rate(last - first, sortedAnswerTimes[last] - sortedAnswerTimes[first]);
        }
    }

    /** @return when the answer (or the failure) came, in nanos */
    private CompletableFuture<Long> send(Request request, long intended) {
        long handed = System.nanoTime();
        sent.incrementAndGet();
        CompletableFuture<LoadClient.Answer> answer;
        try {
            answer = request.send().get();
        } catch (RuntimeException failed) {
            answer = CompletableFuture.failedFuture(failed);
        }
        return answer.handle((response, failure) -> {
            long answered = System.nanoTime();
            sendLag.ok(intended, response != null ? response.writtenNanos() : handed);
            Series series = request.series();
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                String kind = cause instanceof TimeoutException ? "timeout"
                        : cause instanceof NotSent ? "not sent" : cause.getClass().getSimpleName();
                series.error(intended, answered, kind, String.valueOf(cause.getMessage()));
                request.onFailure().run();
            } else if (response.statusCode() >= 200 && response.statusCode() < 300) {
                series.ok(intended, answered);
                try {
                    request.onSuccess().accept(response);
                } catch (RuntimeException unreadable) {
                    request.onFailure().run();
                }
            } else {
                series.error(intended, answered, "HTTP " + response.statusCode(), response.body());
                request.onFailure().run();
            }
            return answered;
        });
    }

    private static void sleepUntil(long due) {
        long remaining;
        while ((remaining = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    private static void awaitAll(List<CompletableFuture<Long>> answers) {
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(LoadClient.TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("answers did not arrive: " + e.getMessage(), e);
        }
    }
}
