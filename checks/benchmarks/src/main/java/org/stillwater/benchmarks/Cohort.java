package org.stillwater.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.FirstMonth;

/**
 * Synthetic patients, each driven by its own {@link FirstMonth}, all taking the same steps concurrently: a
 * chapter of steps runs for every patient still on track, and returns when all of them are done with it, so the
 * shared simulated clock only moves between chapters. Every step is timed per patient (closed model: from the
 * moment it begins); a patient whose step fails (JourneyFailure: the platform's answer) leaves the cohort with that
 * reason.
 */
final class Cohort implements AutoCloseable {

    /** One synthetic patient. */
    static final class Member {
        final int number;
        final FirstMonth month;
        volatile String failure;
        volatile Instant approvedAt;

        Member(int number, FirstMonth month) {
            this.number = number;
            this.month = month;
        }

        boolean onTrack() {
            return failure == null;
        }
    }

    /** One step of a chapter: a name for the report and what a patient does. */
    record Step(String name, Consumer<Member> action) {
    }

    private final Live live;
    private final String window;
    private final List<Member> members;
    private final ExecutorService pool;
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final AtomicLong stepsDone = new AtomicLong();

    /** Separate HTTP clients (and so connections) for the patients, as separate people's devices would have; at most 64. */
    static List<Api> clients(int patients) {
        List<Api> clients = new ArrayList<>();
        for (int i = 0; i < Math.max(1, Math.min(64, patients)); i++) {
            clients.add(new Api());
        }
        return clients;
    }

    Cohort(Live live, String window, List<Member> members, int concurrency) {
        this.live = live;
        this.window = window;
        this.members = members;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, members.size())), runnable -> {
            Thread thread = new Thread(runnable, "bench-patient");
            thread.setDaemon(true);
            return thread;
        });
    }

    List<Member> onTrack() {
        return members.stream().filter(Member::onTrack).toList();
    }

    List<Member> members() {
        return members;
    }

    long stepsDone() {
        return stepsDone.get();
    }

    /** Every series of this cohort's steps, in the order the steps first ran. */
    synchronized List<Series> series() {
        return List.copyOf(series.values());
    }

    /** Each patient still on track takes the steps in order; returns when every one of them has finished or failed. */
    void chapter(List<Step> steps) {
        steps.forEach(step -> seriesOf(step.name()));
        live.show(series());
        List<Future<?>> running = new ArrayList<>();
        for (Member member : onTrack()) {
            running.add(pool.submit(() -> {
                for (Step step : steps) {
                    if (!member.onTrack()) {
                        return;
                    }
                    take(member, step);
                }
            }));
        }
        awaitAll(running);
    }

    /** One step, for the patients given (a part of the cohort, e.g. those with a check-in due). */
    void each(List<Member> some, Step step) {
        seriesOf(step.name());
        live.show(series());
        List<Future<?>> running = new ArrayList<>();
        for (Member member : some) {
            if (member.onTrack()) {
                running.add(pool.submit(() -> take(member, step)));
            }
        }
        awaitAll(running);
    }

    private void take(Member member, Step step) {
        Series timed = seriesOf(step.name());
        long began = System.nanoTime();
        try {
            step.action().accept(member);
            timed.ok(began, System.nanoTime());
        } catch (RuntimeException failure) {
            member.failure = step.name() + ": " + failure.getMessage();
            timed.error(began, System.nanoTime(), failure.getClass().getSimpleName(), failure.getMessage());
        } finally {
            stepsDone.incrementAndGet();
        }
    }

    private synchronized Series seriesOf(String name) {
        return series.computeIfAbsent(name, n -> live.series(n, window));
    }

    private static void awaitAll(List<Future<?>> running) {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a patient's thread failed: " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
