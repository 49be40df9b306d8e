package org.stillwater.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Tells the user what the launcher is waiting for while servers start (the first Keycloak start is slow). */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;

    public Progress(PrintStream out) {
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::report, 5, 5, TimeUnit.SECONDS);
    }

    /** A silent progress for tests. */
    public static Progress quiet() {
        return new Progress(new PrintStream(PrintStream.nullOutputStream()));
    }

    public void starting(String what) {
        waiting.put(what, System.nanoTime());
        out.println("  … " + what);
    }

    public void ready(String what, String detail) {
        Long started = waiting.remove(what);
        String took = started == null ? "" : String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9);
        out.println("  ✓ " + what + " " + detail + took);
    }

    public void note(String message) {
        out.println("    " + message);
    }

    private void report() {
        if (waiting.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("    still waiting for");
        waiting.forEach((what, started) -> line.append(' ').append(what)
                .append(" (").append(Duration.ofNanos(System.nanoTime() - started).toSeconds()).append(" s)"));
        out.println(line);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
