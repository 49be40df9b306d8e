package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's own JVM is measured alone: its children (bare-insert, start-ups, wrk) are not the load generator. */
class CpuUsageTest {

    private static final String THIS_JVM = "benchmark (this JVM)";

    @Test
    void theBenchmarksJvmIsMeasuredWithoutTheCpuOfItsChildren() throws Exception {
        long self = ProcessHandle.current().pid();
        double treeBefore = Processes.cpuSeconds(self);
        CpuUsage usage = CpuUsage.start(Map.of(THIS_JVM, self));

        Process busyChild = new ProcessBuilder("timeout", "1.5", "sh", "-c", "while :; do :; done").start();
        busyChild.waitFor();

        CpuUsage.Result result = usage.stop();
        double childSeconds = Processes.cpuSeconds(self) - treeBefore;
        double thisJvmSeconds = result.coresByPart().get(THIS_JVM) * result.seconds();
        assertTrue(childSeconds >= 1.0, "the child did not burn CPU as the test needs: " + childSeconds + " s with it");
        assertTrue(thisJvmSeconds < childSeconds / 2, "this JVM " + thisJvmSeconds + " s, with its child " + childSeconds + " s");
    }
}
