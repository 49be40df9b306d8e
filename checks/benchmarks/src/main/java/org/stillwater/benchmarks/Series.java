package org.stillwater.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one endpoint (or journey step) did in one window: every latency, in microseconds from the intended
 * send time, successes, refusals the workload expects (a 422 it provokes on purpose), and errors by kind
 * with a few samples of what came back. A clock thread turns it into one point per second for the live
 * table and the chart.
 */
public final class Series {

    private static final int ERROR_SAMPLES = 5;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final String name;
    private final String window;
    private final Recorder recorder = new Recorder(1, HIGHEST_MICROS, 3);
    private final Histogram total = new Histogram(1, HIGHEST_MICROS, 3);
    private final List<Point> timeline = new ArrayList<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder expectedRefusals = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sampled = new AtomicInteger();
    private final AtomicLong firstIntended = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswered = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong servedAnswers = new AtomicLong();
    private final AtomicLong servedNanos = new AtomicLong();
    private final Histogram pending = new Histogram(1, HIGHEST_MICROS, 3);
    private Histogram interval;

    public Series(String name, String window) {
        this.name = name;
        this.window = window;
    }

    /** One point of the timeline: seconds since the run started, answers in that second and their latencies (ms). */
    public record Point(double atSeconds, long count, double p50, double p99, double max) {
    }

    public String name() {
        return name;
    }

    public String window() {
        return window;
    }

    public void ok(long intendedNanos, long answeredNanos) {
        record(intendedNanos, answeredNanos);
        ok.increment();
    }

    public void expectedRefusal(long intendedNanos, long answeredNanos) {
        record(intendedNanos, answeredNanos);
        expectedRefusals.increment();
    }

    /** An unexpected answer (any non-2xx the workload did not provoke) or a failure to get one: {@code kind} is the status or the exception. */
    public void error(long intendedNanos, long answeredNanos, String kind, String sample) {
        record(intendedNanos, answeredNanos);
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (sampled.getAndIncrement() < ERROR_SAMPLES) {
            errorSamples.add(kind + ": " + abbreviate(sample));
        }
    }

    private void record(long intendedNanos, long answeredNanos) {
        long micros = Math.max(1, Math.min(HIGHEST_MICROS, TimeUnit.NANOSECONDS.toMicros(answeredNanos - intendedNanos)));
        recorder.recordValue(micros);
        firstIntended.accumulateAndGet(intendedNanos, Math::min);
        lastAnswered.accumulateAndGet(answeredNanos, Math::max);
    }

    /** Answers that came out over a span of time (an open-model block): the throughput is then their rate. */
    public void served(long answers, long nanos) {
        servedAnswers.addAndGet(answers);
        servedNanos.addAndGet(nanos);
    }

    /** Closes the last second: its point joins the timeline (when anything was answered) and the totals. */
    public synchronized Point tick(double atSeconds) {
        drain();
        Point point = pending.getTotalCount() == 0
                ? new Point(atSeconds, 0, 0, 0, 0)
                : new Point(atSeconds, pending.getTotalCount(), pending.getValueAtPercentile(50) / 1000.0,
                        pending.getValueAtPercentile(99) / 1000.0, pending.getMaxValue() / 1000.0);
        if (point.count() > 0) {
            timeline.add(point);
        }
        total.add(pending);
        pending.reset();
        return point;
    }

    /** What the recorder holds since the last look joins the current second. */
    private void drain() {
        interval = recorder.getIntervalHistogram(interval);
        pending.add(interval);
    }

    public synchronized List<Point> timeline() {
        return List.copyOf(timeline);
    }

    /** Everything recorded so far, the current second included. */
    public synchronized Summary summary() {
        drain();
        Histogram sofar = total.copy();
        sofar.add(pending);
        long first = firstIntended.get();
        long last = lastAnswered.get();
        double throughput;
        if (servedNanos.get() > 0) {
            long answered = answered();
            double okShare = answered == 0 ? 0 : ok.sum() / (double) answered;
            throughput = servedAnswers.get() / (servedNanos.get() / 1e9) * okShare;
        } else {
            throughput = last > first ? ok.sum() / ((last - first) / 1e9) : 0;
        }
        return Summary.of(sofar, ok.sum(), expectedRefusals.sum(), errorCount(), throughput);
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long answered() {
        return ok.sum() + expectedRefusals.sum() + errorCount();
    }

    public Map<String, Long> errorsByKind() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.sum()));
        return byKind;
    }

    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
