package org.stillwater.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Arrivals;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.firstmonth.SimulatedTime;
import org.stillwater.launcher.keycloak.Tokens;
import org.stillwater.pharmacy.webhook.WebhookReceiver;
import org.stillwater.pharmacy.webhook.WebhookSubscriptions;

/**
 * {@code journey}: N synthetic patients through the whole first month at once, with FirstMonth's steps (the
 * demo's month: intake, approval, prescription, shipment and delivery by the in-process reference pharmacy,
 * onboarding, two sessions with a blocked start and a dose adjustment, the weekly check-ins, the week-4
 * follow-up and the journey read). The simulated clock moves between chapters, once for all (see
 * {@link Calendar}). Journeys per second: completed journeys over the wall time of the whole cohort. Where a step
 * waits for another service, it waits for the event by webhook and takes what the event says (reading only what no
 * event says), or (the baseline) polls; see {@link FirstMonth}.
 */
final class JourneyWorkload {

    static final String WINDOW = "journey";

    static final String WEBHOOK = "webhook";
    static final String POLLING = "polling";
    /** Where the receiver of the cohort's webhook subscription listens (any free port of 127.0.0.1). */
    private static final String RECEIVER_PATH = "/bench/webhooks";

    /**
     * What the journey workload measured. {@code arrivals}: {@value #WEBHOOK} (each step waits for the event pushed
     * to the cohort's receiver, then reads once) or {@value #POLLING} (each step polls the REST API every 200 ms);
     * {@code webhookHop} is null when polling.
     */
    record Result(String arrivals, int patients, int completed, List<String> failures, double seconds, double journeysPerSecond,
                  int clockMoves, Map<String, Summary> steps, List<ServerMetrics.Endpoint> serverSide,
                  Instant from, Instant to, UUID knownPatient, WebhookHop.Result webhookHop) {
    }

    private final Live live;
    private final Endpoints endpoints;
    private final Tokens tokens;
    private final Api api;

    JourneyWorkload(Live live, Endpoints endpoints, Tokens tokens, Api api) {
        this.live = live;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.api = api;
    }

    /**
     * The cohort with {@code arrivals} as given. By webhook: one receiver and one subscription of partner acme (the
     * event types the months wait for) for the whole cohort, the events dispatched to each patient by subject; the
     * subscription is deleted at the end, as the receiver is gone then. The subscription's two requests are the
     * partner's set-up, once per receiver rather than per journey, and fall outside the counted window.
     */
    Result run(int patients, int concurrency, String arrivals) {
        if (arrivals.equals(POLLING)) {
            return run(patients, concurrency, Arrivals.polling(), null);
        }
        CohortArrivals pushed = new CohortArrivals();
        WebhookSubscriptions subscriptions = new WebhookSubscriptions(endpoints.webhook());
        WebhookSubscriptions.Subscribed subscription = null;
        try (WebhookReceiver receiver = WebhookReceiver.start(0, RECEIVER_PATH, pushed, line -> { })) {
            subscription = subscriptions.subscribe(tokens.acme(), receiver.url(), FirstMonth.AWAITED_EVENT_TYPES, "./stillwater bench journey");
            receiver.trust(subscription.signingSecret());
            return run(patients, concurrency, pushed, pushed);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the cohort's webhook receiver", e);
        } finally {
            if (subscription != null) {
                subscriptions.unsubscribe(tokens.acme(), subscription.id());
            }
        }
    }

    private Result run(int patients, int concurrency, Arrivals arrivals, CohortArrivals pushed) {
        String runId = UUID.randomUUID().toString().substring(0, 6);
        List<Cohort.Member> members = new ArrayList<>();
        List<Api> clients = Cohort.clients(patients);
        // By webhook, one clock for the cohort, read once: the calendar's moves are the only ones, and each answers
        // with the time it moved to. The baseline reads it before every move, as before webhooks.
        SimulatedTime time = pushed == null ? null : SimulatedTime.tracking(endpoints, tokens, api);
        for (int i = 0; i < patients; i++) {
            Api client = clients.get(i % clients.size());
            String familyName = "Bench-" + runId + "-" + i;
            members.add(new Cohort.Member(i, time == null
                    ? new FirstMonth(endpoints, tokens, client, Narrator.silent(), "Journey", familyName, FirstMonth.FIXED_PATIENCE, arrivals)
                    : new FirstMonth(endpoints, tokens, client, Narrator.silent(), "Journey", familyName, FirstMonth.FIXED_PATIENCE, arrivals, time)));
        }
        Calendar calendar = time == null ? Calendar.listing(endpoints, tokens, api) : Calendar.knowing(time, endpoints, tokens, api);
        Map<String, ServerMetrics.Counts> before = ServerMetrics.scrape(endpoints);
        Instant from = Instant.now();
        long began = System.nanoTime();
        try (Cohort cohort = new Cohort(live, WINDOW, members, concurrency)) {
            // 6 steps in week 1, 5 + 3 in week 2, 2 in week 4, and the weekly check-ins: about 24 steps a patient
            live.phase("journey (" + (pushed == null ? POLLING : WEBHOOK) + "): " + patients + " patients, the first month", cohort::stepsDone, 24L * patients, List.of());

            List<Runnable> month = List.of(
                    () -> cohort.chapter(List.of(
                            step("week 1 · register patient", m -> m.registerPatient()),
                            step("week 1 · submit intake", m -> m.submitIntake()),
                            new Cohort.Step("week 1 · approve by video",
                                    member -> member.approvedAt = Instant.parse(member.month.approveByVideo().path("decidedAt").asText())),
                            step("week 1 · prescribe", m -> m.prescribe()),
                            step("week 1 · await delivery (pharmacy)", m -> m.awaitDelivery()),
                            step("week 1 · complete onboarding", m -> m.completeOnboarding()))),
                    () -> calendar.passTimeTo(calendar.now().plus(Duration.ofDays(6)), cohort),
                    () -> cohort.chapter(List.of(
                            step("week 2 · start session 1", m -> m.startSession()),
                            step("week 2 · complete session 1", m -> m.completeSession(lastSession(m), 200, 2, 9, List.of("NAUSEA", "DISSOCIATION"),
                                    "Very intense for the first half hour; I felt far away. Calmer afterwards, slept well.")),
                            step("week 2 · start too soon (422 expected)", m -> m.startTooSoon()),
                            step("week 2 · integration: adjust to 100 mg", m -> m.completeIntegration(Map.of("outcome", "ADJUST",
                                    "adjustment", Map.of("doseMgPerSession", 100),
                                    "notes", "Session 1 too intense (9/10) with nausea: halve the dose."))),
                            step("week 2 · await the new dose", m -> m.awaitDose(100)))),
                    () -> calendar.passTimeTo(calendar.now().plus(Duration.ofHours(72)), cohort),
                    () -> cohort.chapter(List.of(
                            step("week 2 · start session 2", m -> m.startSession()),
                            step("week 2 · complete session 2", m -> m.completeSession(lastSession(m), 100, 1, 5, List.of(),
                                    "Gentler. I could stay with the feelings that came up and talk about them afterwards.")),
                            step("week 2 · integration: continue", m -> m.completeIntegration(Map.of("outcome", "CONTINUE",
                                    "notes", "Tolerated well at 100 mg."))))),
                    () -> calendar.passTimeTo(followUpWindowOpen(cohort), cohort),
                    () -> cohort.chapter(List.of(
                            step("week 4 · follow-up", m -> m.followUp(List.of(1, 1, 1, 0, 0, 1, 0, 0, 0), List.of(1, 1, 1, 0, 1, 0, 0), "CONTINUE",
                                    "PHQ-9 from 16 to 4: response and remission; well tolerated at 100 mg. Continue with weekly check-ins.")),
                            step("week 4 · read the journey", m -> requireResponse(m.journey())))));
            for (Runnable part : month) {
                if (cohort.onTrack().isEmpty()) {
                    break;
                }
                part.run();
            }

            double seconds = (System.nanoTime() - began) / 1e9;
            Instant to = Instant.now();
            live.finishPhase();
            int completed = cohort.onTrack().size();
            List<String> failures = cohort.members().stream().filter(m -> !m.onTrack())
                    .map(m -> "patient " + m.number + ": " + m.failure).toList();
            Map<String, Summary> steps = new java.util.LinkedHashMap<>();
            cohort.series().forEach(series -> steps.put(series.name(), series.summary()));
            List<ServerMetrics.Endpoint> serverSide = ServerMetrics.difference(before, ServerMetrics.scrape(endpoints));
            UUID knownPatient = cohort.onTrack().stream().findFirst().map(member -> member.month.patientId()).orElse(null);
            WebhookHop.Result hop = pushed == null ? null : WebhookHop.measure(Bench.POSTGRES_HOST, Bench.POSTGRES_PORT, pushed.arrivals());
            return new Result(pushed == null ? POLLING : WEBHOOK, patients, completed, failures, seconds, completed / seconds, calendar.moves(),
                    steps, serverSide, from, to, knownPatient, hop);
        }
    }

    /** The follow-up window opens 25 days after the approval: the clock goes to one hour past the latest patient's. */
    private static Instant followUpWindowOpen(Cohort cohort) {
        return cohort.onTrack().stream()
                .map(member -> member.approvedAt)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .plus(Duration.ofDays(25)).plus(Duration.ofHours(1));
    }

    private static UUID lastSession(FirstMonth month) {
        List<UUID> sessions = month.sessions();
        return sessions.get(sessions.size() - 1);
    }

    private static void requireResponse(JsonNode journey) {
        if (!journey.path("trend").path("response").asBoolean()) {
            throw new IllegalStateException("the journey does not show the response to treatment: " + journey.path("trend"));
        }
    }

    private static Cohort.Step step(String name, java.util.function.Consumer<FirstMonth> action) {
        return new Cohort.Step(name, member -> action.accept(member.month));
    }
}
