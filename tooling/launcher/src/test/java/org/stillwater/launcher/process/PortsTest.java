package org.stillwater.launcher.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aFreePortIsNeverHandedOutTwiceEvenBeforeAnythingBindsIt() {
        // 2000 of the 12 000 ports: by chance alone some would repeat (about 150 pairs expected)
        Set<Integer> handedOut = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            int port = Ports.free();
            assertTrue(handedOut.add(port), "port " + port + " handed out twice");
        }
        assertEquals(2000, handedOut.size());
    }

    @Test
    void aFreePortIsBelowTheKernelsEphemeralRange() {
        int port = Ports.free();
        assertTrue(port >= 20000 && port < 32000, String.valueOf(port));
    }
}
