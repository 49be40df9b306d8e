package org.stillwater.firstmonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JourneyPrinterTest {

    @Test
    void aCheckInEntryIsPrintedWithDesignsNameCheckIn() throws Exception {
        JsonNode journey = new ObjectMapper().readTree("""
                {"patientId":"740a7768-d19b-49f1-90ec-e418c5d64d40","approvedAt":"2026-12-01T08:00:00Z",
                 "treatment":{"status":"ACTIVE","doseMgPerSession":100,"minHoursBetweenSessions":72},
                 "weeks":[{"week":1,"entries":[
                   {"at":"2026-12-01T09:00:00Z","type":"CHECK_IN_COMPLETED","summary":"Onboarding check-in completed"},
                   {"at":"2026-12-02T09:00:00Z","type":"CHECK_IN_DUE","summary":"Weekly check-in due"},
                   {"at":"2026-12-03T09:00:00Z","type":"SESSION_COMPLETED","summary":"Session 1 completed"}]}],
                 "trend":{"baselinePhq9":16,"baselineGad7":10,"measurements":[]},"next":[]}""");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        JourneyPrinter.print(journey, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);

        assertTrue(text.contains("check-in completed"), text);
        assertTrue(text.contains("check-in due"), text);
        assertTrue(text.contains("session completed"), text);
        assertFalse(text.contains("check in"), text);
    }

    @Test
    void everyEntryTypeIsItsWordsInLowerCase() {
        assertEquals("check-in missed", JourneyPrinter.label("CHECK_IN_MISSED"));
        assertEquals("dosage adjusted", JourneyPrinter.label("DOSAGE_ADJUSTED"));
    }
}
