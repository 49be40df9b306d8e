package org.stillwater.launcher.process;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Polls a readiness condition until it holds, the process died, or the time is up. */
public final class Waiting {

    private Waiting() {
    }

    public static void until(String what, Duration timeout, ChildProcess process, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited with code " + process.exitCode().orElse(-1)
                        + " before it was ready; see " + process.logFile());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " was not ready after " + timeout.toSeconds() + " s"
                        + (process == null ? "" : "; see " + process.logFile()));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
