package org.stillwater.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The terminal while the benchmark runs: the current phase with a progress bar and a table of the endpoints
 * it drives (answers, errors, rate and latency of the last second, p99 so far). Redrawn in place on a
 * terminal; a plain line every few seconds when the output goes to a file. Every series also gets its
 * one-second points here, for the chart.
 */
public final class Live implements AutoCloseable {

    private static final int BAR = 28;
    private static final long TICK_MILLIS = 1000;

    private final PrintStream out;
    private final boolean ansi;
    private final long startNanos = System.nanoTime();
    private final List<Series> all = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-live");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Phase phase;
    private volatile List<Series> shown = List.of();
    private final List<Series.Point> lastPoints = new ArrayList<>();
    private int drawnLines;
    private long lastPlainLine;

    private record Phase(String title, LongSupplier done, long total, long startedNanos) {
    }

    public Live(PrintStream out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
        clock.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    public long startNanos() {
        return startNanos;
    }

    public double secondsSinceStart(long nanos) {
        return (nanos - startNanos) / 1e9;
    }

    /** A new series, ticked every second from now on. */
    public Series series(String name, String window) {
        Series series = new Series(name, window);
        all.add(series);
        return series;
    }

    public List<Series> allSeries() {
        return List.copyOf(all);
    }

    /** Starts a phase: what it is, how much of {@code total} is done, and the series to show in the table. */
    public synchronized void phase(String title, LongSupplier done, long total, List<Series> rows) {
        finishPhase();
        phase = new Phase(title, done, Math.max(1, total), System.nanoTime());
        shown = List.copyOf(rows);
        lastPoints.clear();
        draw();
    }

    /** Also shows these series in the current phase's table (a phase whose series appear as it goes). */
    public synchronized void show(List<Series> rows) {
        shown = List.copyOf(rows);
    }

    /** A line printed above the live table, kept in the scrollback. */
    public synchronized void say(String line) {
        erase();
        out.println(line);
        draw();
    }

    /** Leaves the current phase's final table in the scrollback. */
    public synchronized void finishPhase() {
        if (phase == null) {
            return;
        }
        erase();
        render(true).forEach(out::println);
        out.flush();
        phase = null;
        shown = List.of();
        drawnLines = 0;
    }

    private void tick() {
        double at = secondsSinceStart(System.nanoTime());
        List<Series.Point> points = new ArrayList<>();
        for (Series series : all) {
            Series.Point point = series.tick(at);
            if (shown.contains(series)) {
                points.add(point);
            }
        }
        synchronized (this) {
            lastPoints.clear();
            lastPoints.addAll(points);
            if (ansi) {
                erase();
                draw();
            } else if (phase != null && System.nanoTime() - lastPlainLine > TimeUnit.SECONDS.toNanos(5)) {
                lastPlainLine = System.nanoTime();
                out.println(progressLine());
            }
        }
    }

    private void draw() {
        if (!ansi || phase == null) {
            return;
        }
        List<String> lines = render(false);
        lines.forEach(out::println);
        out.flush();
        drawnLines = lines.size();
    }

    private void erase() {
        if (!ansi) {
            return;
        }
        for (int i = 0; i < drawnLines; i++) {
            out.print("\u001b[1A\u001b[2K");
        }
        drawnLines = 0;
    }

    private List<String> render(boolean last) {
        List<String> lines = new ArrayList<>();
        lines.add(progressLine());
        if (shown.isEmpty()) {
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "    %-44s %7s %6s %7s %8s %8s %8s %8s", "", "answers", "errors",
                last ? "per s" : "last s", last ? "p50 ms" : "p50 now", last ? "p95 ms" : "p99 now", "p99 ms", "max ms"));
        for (int i = 0; i < shown.size(); i++) {
            Series series = shown.get(i);
            Summary summary = series.summary();
            if (summary.count() == 0 && last) {
                continue;
            }
            Series.Point point = i < lastPoints.size() ? lastPoints.get(i) : new Series.Point(0, 0, 0, 0, 0);
            lines.add(String.format(Locale.ROOT, "    %-44s %7d %6d %7s %8.1f %8.1f %8.1f %8.1f", abbreviate(series.name()),
                    summary.count(), summary.errors(),
                    last ? String.format(Locale.ROOT, "%.1f", summary.throughputPerSecond()) : Long.toString(point.count()),
                    last ? summary.p50() : point.p50(), last ? summary.p95() : point.p99(), summary.p99(), summary.max()));
        }
        return lines;
    }

    private String progressLine() {
        Phase current = phase;
        if (current == null) {
            return "";
        }
        double fraction = Math.min(1.0, current.done().getAsLong() / (double) current.total());
        int filled = (int) Math.round(fraction * BAR);
        double seconds = (System.nanoTime() - current.startedNanos()) / 1e9;
        return String.format(Locale.ROOT, "  %-40s [%s%s] %3.0f %%  %5.1f s", abbreviate(current.title()),
                "█".repeat(filled), "░".repeat(BAR - filled), fraction * 100, seconds);
    }

    private static String abbreviate(String text) {
        return text.length() > 44 ? text.substring(0, 43) + "…" : text;
    }

    @Override
    public void close() {
        finishPhase();
        clock.shutdownNow();
    }
}
