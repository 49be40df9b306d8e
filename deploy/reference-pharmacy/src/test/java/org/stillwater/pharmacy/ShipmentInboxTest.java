package org.stillwater.pharmacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pharmacy's inbox on disk: what it acknowledged survives a restart, and a webhook-id is recorded once, ever. */
class ShipmentInboxTest {

    @TempDir
    Path directory;

    @Test
    void aWebhookIdSeenBeforeIsNotRecordedAgainEvenAfterARestart() throws IOException {
        ShipmentInbox inbox = new ShipmentInbox(directory);
        assertTrue(inbox.record("1f0c7c2e-0000-4000-8000-000000000001", "{\"a\":1}"));
        assertFalse(inbox.record("1f0c7c2e-0000-4000-8000-000000000001", "{\"a\":1}"));
        inbox.handled(inbox.pendingRequests().get(0));

        ShipmentInbox restarted = new ShipmentInbox(directory);
        assertFalse(restarted.record("1f0c7c2e-0000-4000-8000-000000000001", "{\"a\":1}"));
        assertEquals(List.of(), restarted.pendingRequests());
    }

    @Test
    void requestsNotYetHandledAreKeptInTheOrderReceivedAcrossARestart() throws IOException {
        ShipmentInbox inbox = new ShipmentInbox(directory);
        for (int i = 1; i <= 12; i++) {
            inbox.record("00000000-0000-4000-8000-0000000000" + String.format("%02d", i), "{\"n\":" + i + "}");
        }
        ShipmentInbox restarted = new ShipmentInbox(directory);
        restarted.record("00000000-0000-4000-8000-000000000099", "{\"n\":13}");
        List<String> bodies = restarted.pendingRequests().stream().map(request -> {
            try {
                return restarted.read(request);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals(13, bodies.size());
        for (int i = 0; i < 13; i++) {
            assertEquals("{\"n\":" + (i + 1) + "}", bodies.get(i));
        }
    }

    @Test
    void aWebhookIdThatIsNoIdIsRefusedSoItNamesNoFile() throws IOException {
        ShipmentInbox inbox = new ShipmentInbox(directory);
        assertThrows(IOException.class, () -> inbox.record("../../etc/passwd", "{}"));
        assertThrows(IOException.class, () -> inbox.record(null, "{}"));
        assertThrows(IOException.class, () -> inbox.record("a\u0000b", "{}"));
        assertEquals(List.of(), inbox.pendingRequests());
        assertFalse(Files.exists(directory.resolve("seen").resolve("..")) && Files.list(directory.resolve("seen")).findAny().isPresent());
    }
}
