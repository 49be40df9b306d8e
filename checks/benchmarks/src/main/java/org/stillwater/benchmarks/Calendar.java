package org.stillwater.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.SimulatedTime;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * The platform's simulated clock for a whole cohort. The clock is global (every service's), so it moves only
 * here, between chapters, once for everyone. On the way to a target, the weekly check-ins that fall due are
 * found for every patient; the clock stops one second past the latest due time of each batch and every
 * patient with one due completes it, as the clinician would; then the clock goes on to the target. A check-in is
 * overdue for the seconds this takes, so the service's missed-check-in scan (every 60 s) may mark one missed before
 * it is completed, which the completion allows.
 *
 * <p>Two ways to find them. {@link #listing} (the polling baseline, as before webhooks): before each move it lists
 * every patient's check-ins and reads the clock, and each patient completes through
 * {@link org.stillwater.firstmonth.FirstMonth#letTimePass} with no time to pass (which lists and reads again).
 * {@link #knowing} (the cohort by webhook): each patient's month knows its open WEEKLY check-in from the completion
 * that scheduled it ({@link org.stillwater.firstmonth.FirstMonth#openWeekly}), and the clock is read once and then
 * known from the answers of the moves ({@link SimulatedTime#tracking}): no request but the moves and the completions.
 */
final class Calendar {

    /** Due times this close together are handled in one stop of the clock. */
    private static final Duration BATCH = Duration.ofHours(1);

    private final SimulatedTime time;
    private final Endpoints endpoints;
    private final Tokens tokens;
    private final Api api;
    private final boolean knowing;
    private int moves;

    /** Reads the clock before every move (the writes workload's rounds; the polling baseline's calendar is {@link #listing}). */
    Calendar(Endpoints endpoints, Tokens tokens, Api api) {
        this(new SimulatedTime(endpoints, tokens, api), endpoints, tokens, api, false);
    }

    private Calendar(SimulatedTime time, Endpoints endpoints, Tokens tokens, Api api, boolean knowing) {
        this.time = time;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.api = api;
        this.knowing = knowing;
    }

    /** The polling baseline's: lists every patient's check-ins and reads the clock before each move. */
    static Calendar listing(Endpoints endpoints, Tokens tokens, Api api) {
        return new Calendar(endpoints, tokens, api);
    }

    /**
     * The webhook cohort's: the patients' months know their open WEEKLY check-ins, and {@code time} (tracking, shared
     * with the months) knows the clock.
     */
    static Calendar knowing(SimulatedTime time, Endpoints endpoints, Tokens tokens, Api api) {
        return new Calendar(time, endpoints, tokens, api, true);
    }

    Instant now() {
        return time.now();
    }

    /** How often the clock was moved (each move: one POST to every service). */
    int moves() {
        return moves;
    }

    void moveTo(Instant target) {
        if (target.isAfter(time.now())) {
            time.advanceTo(target);
            moves++;
        }
    }

    void moveBy(Duration duration) {
        time.advance(duration);
        moves++;
    }

    /** Moves the clock to {@code target}; on the way every patient completes the weekly check-ins that fall due. */
    void passTimeTo(Instant target, Cohort cohort) {
        while (true) {
            Map<Cohort.Member, Instant> due = weeklyDueBefore(target, cohort);
            if (due.isEmpty()) {
                break;
            }
            Instant earliest = due.values().stream().min(Instant::compareTo).orElseThrow();
            List<Cohort.Member> batch = new ArrayList<>();
            Instant stop = earliest;
            for (Map.Entry<Cohort.Member, Instant> entry : due.entrySet()) {
                if (!entry.getValue().isAfter(earliest.plus(BATCH))) {
                    batch.add(entry.getKey());
                    stop = stop.isBefore(entry.getValue()) ? entry.getValue() : stop;
                }
            }
            moveTo(stop.plusSeconds(1));
            cohort.each(batch, knowing
                    ? new Cohort.Step("weekly check-in", member -> member.month.completeWeekly())
                    : new Cohort.Step("weekly check-in (letTimePass)", member -> member.month.letTimePass(Duration.ZERO)));
        }
        moveTo(target);
    }

    private Map<Cohort.Member, Instant> weeklyDueBefore(Instant target, Cohort cohort) {
        Map<Cohort.Member, Instant> due = new ConcurrentHashMap<>();
        if (knowing) {
            for (Cohort.Member member : cohort.onTrack()) {
                member.month.openWeekly().map(weekly -> Instant.parse(weekly.path("dueAt").asText()))
                        .filter(at -> at.isBefore(target)).ifPresent(at -> due.put(member, at));
            }
            return due;
        }
        cohort.each(cohort.onTrack(), new Cohort.Step("weekly check-in (look-up)",
                member -> openWeekly(member).filter(at -> at.isBefore(target)).ifPresent(at -> due.put(member, at))));
        return due;
    }

    private Optional<Instant> openWeekly(Cohort.Member member) {
        JsonNode page = api.get(endpoints.checkin() + "/api/v1/patients/" + member.month.patientId() + "/checkins?size=100",
                tokens.user(DemoAccounts.DR_CALIFORNIA)).expect("listing check-ins");
        Instant earliest = null;
        for (JsonNode checkIn : page.path("items")) {
            String status = checkIn.path("status").asText();
            if (checkIn.path("kind").asText().equals("WEEKLY") && (status.equals("SCHEDULED") || status.equals("MISSED"))) {
                Instant dueAt = Instant.parse(checkIn.path("dueAt").asText());
                earliest = earliest == null || dueAt.isBefore(earliest) ? dueAt : earliest;
            }
        }
        return Optional.ofNullable(earliest);
    }
}
