package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The patient's journey (checkin-service's timeline) as text for a terminal. */
public final class JourneyPrinter {

    private JourneyPrinter() {
    }

    public static void print(JsonNode journey, PrintStream out) {
        Instant approvedAt = Instant.parse(journey.path("approvedAt").asText());
        JsonNode treatment = journey.path("treatment");
        out.println();
        out.println("The patient's journey (checkin-service: GET /api/v1/patients/" + journey.path("patientId").asText() + "/journey)");
        out.println("  treatment " + treatment.path("status").asText().toLowerCase() + ", " + treatment.path("doseMgPerSession").asText()
                + " mg a session, at least " + treatment.path("minHoursBetweenSessions").asInt() + " h apart");
        for (JsonNode week : journey.path("weeks")) {
            out.println("  Week " + week.path("week").asInt());
            if (week.path("entries").isEmpty()) {
                out.println("    (nothing yet)");
            }
            for (JsonNode entry : week.path("entries")) {
                out.printf("    day %-3d %-22s %s%n", day(approvedAt, entry.path("at").asText()),
                        label(entry.path("type").asText()), entry.path("summary").asText());
            }
        }
        JsonNode trend = journey.path("trend");
        StringBuilder phq9 = new StringBuilder("  PHQ-9 " + trend.path("baselinePhq9").asInt());
        StringBuilder gad7 = new StringBuilder("  GAD-7 " + trend.path("baselineGad7").asInt());
        for (JsonNode measured : trend.path("measurements")) {
            if (measured.hasNonNull("phq9Total")) {
                phq9.append(" → ").append(measured.path("phq9Total").asInt());
            }
            if (measured.hasNonNull("gad7Total")) {
                gad7.append(" → ").append(measured.path("gad7Total").asInt());
            }
        }
        out.println(phq9 + (trend.hasNonNull("response") ? "   response " + yesNo(trend.path("response"))
                + ", remission " + yesNo(trend.path("remission")) : ""));
        out.println(gad7);
        if (!journey.path("next").isEmpty()) {
            out.println("  Next:");
            for (JsonNode next : journey.path("next")) {
                out.println("    " + next.path("message").asText());
            }
        }
    }

    /** An entry's type as words: {@code CHECK_IN_COMPLETED} is "check-in completed" (DESIGN's name), not "check in". */
    static String label(String type) {
        return type.toLowerCase(Locale.ROOT).replace('_', ' ').replace("check in", "check-in");
    }

    private static long day(Instant approvedAt, String at) {
        return Duration.between(approvedAt, Instant.parse(at)).toDays() + 1;
    }

    private static String yesNo(JsonNode value) {
        return value.asBoolean() ? "yes" : "no";
    }
}
