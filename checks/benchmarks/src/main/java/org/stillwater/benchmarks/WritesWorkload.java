package org.stillwater.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.stillwater.firstmonth.Api;
import org.stillwater.firstmonth.Endpoints;
import org.stillwater.firstmonth.FirstMonth;
import org.stillwater.firstmonth.Narrator;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * {@code writes}: session starts and session completions at fixed arrival rates (open model), by eligible
 * patients prepared beforehand with FirstMonth's steps (week 1 and a first session, 1 of their 8 lozenges).
 *
 * <p>The platform's rules shape the schedule: a patient may start a session 72 hours after the last one and
 * only with the medication on hand. So the run goes in rounds: every prepared patient starts a session (a
 * block of starts at the rate), then every one completes it logging one lozenge (a block of completions at
 * the same rate), then, once every answer is in, the simulated clock moves 72 hours and the next round
 * begins after a short gap. With 7 lozenges left and 2 needed on hand to start, each patient has 6 rounds.
 * Rates below 200/s (where the latency target is set) get one round; from 200/s on, a rate gets enough rounds
 * for {@code stageSeconds} as far as that leaves one for the next rate. The ladder stops at the first rate from
 * 200/s on that an endpoint cannot keep up with (throughput below 90 % of the rate), or when the prepared
 * patients have used their rounds.
 */
final class WritesWorkload {

    static final String START = "POST /patients/{id}/sessions";
    static final String COMPLETE = "POST /sessions/{id}/completion";
    static final int ROUNDS_PER_PATIENT = 6;
    static final long GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    static final double KEEPS_UP = 0.9;
    /**
     * Patients prepared at once. Each mostly waits for events between its calls, polling every 200 ms
     * (FirstMonth), and on 2 cores more waiting patients mean more polls competing with the events they wait
     * for: 20 at once prepared 60 patients faster than 48 did.
     */
    static final int PREPARE_CONCURRENCY = 20;

    static final String START_BODY = """
            {"bloodPressure":{"systolic":122,"diastolic":78},"sitterPresent":true,"sitterAdult":true,"safeSetting":true,\
            "noDrivingAcknowledged":true,"recentAlcohol":false,"recentBenzodiazepines":false}""";
    static final String COMPLETION_BODY = """
            {"doseMg":100,"unitsUsed":1,"onsetMinutes":15,"durationMinutes":80,"intensity":4,"sideEffects":[],\
            "bloodPressureAfter":{"systolic":126,"diastolic":80},"moodBefore":4,"moodAfter":6,\
            "journal":"A calm session at home; the sitter stayed close and we talked afterwards."}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Patients ready to start a session once 72 hours have passed. */
    record Prepared(List<UUID> patients, int asked, double seconds, List<String> failures, Instant from, Instant to) {
    }

    /** One rate of the ladder. */
    record Stage(int ratePerSecond, int rounds, Summary start, Summary completion, boolean keptUp, Instant from, Instant to,
                 CpuUsage.Result cpu) {
    }

    /** @param connections the load generator's bound on its connections to session-service */
    record Result(Prepared prepared, List<Stage> stages, Summary sendLag, String ladderEnded, int connections) {
    }

    private final Live live;
    private final Endpoints endpoints;
    private final Tokens tokens;
    private final Api api;

    WritesWorkload(Live live, Endpoints endpoints, Tokens tokens, Api api) {
        this.live = live;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.api = api;
    }

    /** Week 1 and a first session for each patient, through FirstMonth's steps, {@link #PREPARE_CONCURRENCY} patients at a time. */
    Prepared prepare(int count) {
        String runId = UUID.randomUUID().toString().substring(0, 6);
        List<Cohort.Member> members = new ArrayList<>();
        List<Api> clients = Cohort.clients(count);
        for (int i = 0; i < count; i++) {
            members.add(new Cohort.Member(i, new FirstMonth(endpoints, tokens, clients.get(i % clients.size()), Narrator.silent(), "Writes", "Bench-" + runId + "-" + i)));
        }
        Instant from = Instant.now();
        long began = System.nanoTime();
        try (Cohort cohort = new Cohort(live, "writes: preparation", members, PREPARE_CONCURRENCY)) {
            live.phase("writes: preparing " + count + " eligible patients", cohort::stepsDone, 8L * count, List.of());
            cohort.chapter(List.of(
                    step("prepare · register patient", FirstMonth::registerPatient),
                    step("prepare · submit intake", FirstMonth::submitIntake),
                    step("prepare · approve by video", FirstMonth::approveByVideo),
                    step("prepare · prescribe", FirstMonth::prescribe),
                    step("prepare · await delivery (pharmacy)", FirstMonth::awaitDelivery),
                    step("prepare · complete onboarding", FirstMonth::completeOnboarding),
                    step("prepare · start session 1", FirstMonth::startSession),
                    step("prepare · complete session 1", month -> month.completeSession(month.sessions().get(0), 100, 1, 4, List.of(),
                            "A calm first session at home."))));
            live.finishPhase();
            List<UUID> ready = cohort.onTrack().stream().map(member -> member.month.patientId()).toList();
            List<String> failures = cohort.members().stream().filter(member -> !member.onTrack())
                    .map(member -> "patient " + member.number + ": " + member.failure).toList();
            return new Prepared(ready, count, (System.nanoTime() - began) / 1e9, failures, from, Instant.now());
        }
    }

    /**
     * @param processes whose CPU is measured at each rate
     * @param connections how many connections to session-service the load generator opens at most
     */
    Result run(Prepared prepared, List<Integer> rates, double stageSeconds, java.util.Map<String, Long> processes, int connections) {
        List<UUID> patients = prepared.patients();
        if (patients.isEmpty()) {
            return new Result(prepared, List.of(), null, "no patient could be prepared", connections);
        }
        try (LoadClient client = new LoadClient(connections)) {
            return ladder(prepared, rates, stageSeconds, processes, client);
        }
    }

    private Result ladder(Prepared prepared, List<Integer> rates, double stageSeconds, java.util.Map<String, Long> processes, LoadClient client) {
        List<UUID> patients = prepared.patients();
        Calendar calendar = new Calendar(endpoints, tokens, api);
        Series sendLag = live.series("load generator: send lag", "writes");
        OpenModel model = new OpenModel(sendLag);
        List<Stage> stages = new ArrayList<>();
        int roundsLeft = ROUNDS_PER_PATIENT;
        String ended = "every rate was run";
        calendar.moveBy(Duration.ofHours(72));
        for (int index = 0; index < rates.size(); index++) {
            int rate = rates.get(index);
            if (roundsLeft == 0) {
                ended = "the prepared patients used their " + ROUNDS_PER_PATIENT + " rounds (their lozenges) before " + rate + " requests/s";
                break;
            }
            int rounds = rounds(rate, roundsFor(rate, patients.size(), stageSeconds), roundsLeft, index < rates.size() - 1);
            roundsLeft -= rounds;
            String window = "writes @ " + rate + "/s";
            Series start = live.series(START, window);
            Series completion = live.series(COMPLETE, window);
            List<OpenModel.Block> blocks = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                blocks.addAll(round(client, patients, rate, start, completion, () -> calendar.moveBy(Duration.ofHours(72))));
            }
            long total = 2L * rounds * patients.size();
            long sentBefore = model.sent();
            live.phase("writes: " + rate + " requests/s per endpoint, " + rounds + " round(s) of " + patients.size(),
                    () -> model.sent() - sentBefore, total, List.of(start, completion, sendLag));
            Instant from = Instant.now();
            CpuUsage usage = CpuUsage.start(processes);
            model.run(blocks, GAP_NANOS);
            CpuUsage.Result cpu = usage.stop();
            Instant to = Instant.now();
            live.finishPhase();
            Summary started = start.summary();
            Summary completed = completion.summary();
            boolean keptUp = started.throughputPerSecond() >= KEEPS_UP * rate && completed.throughputPerSecond() >= KEEPS_UP * rate;
            stages.add(new Stage(rate, rounds, started, completed, keptUp, from, to, cpu));
            if (!keptUp && rate >= Targets.WRITE_RATE) {
                ended = "the endpoints could not keep up with " + rate + " requests/s (throughput below " + Math.round(KEEPS_UP * 100) + " % of the rate)";
                break;
            }
        }
        return new Result(prepared, stages, sendLag.summary(), ended, client.connections());
    }

    /**
     * How many of the rounds left a rate gets: one below the target rate (200/s); at and above it as many as
     * {@code stageSeconds} asks for, keeping one for the next rate if there is one.
     */
    static int rounds(int rate, int wanted, int roundsLeft, boolean moreRatesFollow) {
        if (rate < Targets.WRITE_RATE) {
            return 1;
        }
        return Math.max(1, Math.min(wanted, roundsLeft - (moreRatesFollow ? 1 : 0)));
    }

    /** Rounds at {@code rate} for at least {@code stageSeconds} of driving: a round is 2 × patients requests. */
    static int roundsFor(int rate, int patients, double stageSeconds) {
        double roundSeconds = 2.0 * patients / rate;
        return Math.max(1, (int) Math.ceil(stageSeconds / roundSeconds - 1e-9));
    }

    /** Every patient starts a session, then every patient completes theirs; then the barrier (the clock moves 72 h). */
    private List<OpenModel.Block> round(LoadClient client, List<UUID> patients, int rate, Series start, Series completion, Runnable barrier) {
        List<OpenModel.Request> starts = new ArrayList<>();
        List<OpenModel.Request> completions = new ArrayList<>();
        for (UUID patient : patients) {
            CompletableFuture<String> session = new CompletableFuture<>();
            starts.add(new OpenModel.Request(start,
                    () -> client.post(endpoints.session() + "/api/v1/patients/" + patient + "/sessions", tokens.acme(), START_BODY),
                    response -> session.complete(sessionId(response.body())),
                    () -> session.completeExceptionally(new OpenModel.NotSent("its session start failed"))));
            completions.add(new OpenModel.Request(completion,
                    () -> session.thenCompose(id -> client.post(endpoints.session() + "/api/v1/sessions/" + id + "/completion",
                            tokens.acme(), COMPLETION_BODY)),
                    response -> { },
                    () -> { }));
        }
        return List.of(new OpenModel.Block(rate, starts, null), new OpenModel.Block(rate, completions, barrier));
    }

    private static String sessionId(String body) {
        try {
            return JSON.readTree(body).path("sessionId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cohort.Step step(String name, java.util.function.Consumer<FirstMonth> action) {
        return new Cohort.Step(name, member -> action.accept(member.month));
    }
}
