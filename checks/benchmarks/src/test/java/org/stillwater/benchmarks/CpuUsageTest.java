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
        double ownBefore = Processes.ownCpuSeconds(self);
        double childrenBefore = Processes.reapedChildrenCpuSeconds(self);
        CpuUsage usage = CpuUsage.start(Map.of(THIS_JVM, self));

        // a fixed amount of work, so that a loaded machine stretches it instead of shrinking it
        Process busyChild = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done").start();
        busyChild.waitFor();

        CpuUsage.Result result = usage.stop();
        double childSeconds = Processes.reapedChildrenCpuSeconds(self) - childrenBefore;
        double ownSeconds = Processes.ownCpuSeconds(self) - ownBefore;
        double thisJvmSeconds = result.coresByPart().get(THIS_JVM) * result.seconds();
        assertTrue(childSeconds >= 0.2, "the child did not burn the CPU the test needs: " + childSeconds + " s");
        assertTrue(thisJvmSeconds <= ownSeconds + 0.02, "this JVM " + thisJvmSeconds + " s, its own " + ownSeconds + " s, its child " + childSeconds + " s");
    }
}
