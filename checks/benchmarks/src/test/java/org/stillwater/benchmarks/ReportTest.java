package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The targets are judged and the report is written from figures alone. */
class ReportTest {

    private static Summary latency(double p99, double throughput) {
        return new Summary(200, 200, 0, 0, p99 / 2, p99 * 0.9, p99, p99 * 1.2, p99 / 2, throughput);
    }

    static Report.Run run() {
        return run(LoadClient.DEFAULT_CONNECTIONS);
    }

    /** @param connections the writes ladder's bound on its connections */
    static Report.Run run(int connections) {
        Instant now = Instant.parse("2026-11-26T22:00:00Z");
        WritesWorkload.Prepared prepared = new WritesWorkload.Prepared(List.of(), 60, 30, List.of(), now, now);
        CpuUsage.Result cpu = new CpuUsage.Result(3, 2, 2.0, Map.of("session-service", 0.8, "benchmark (this JVM)", 0.2), 0.1);
        WritesWorkload.Stage at100 = new WritesWorkload.Stage(100, 1, latency(20, 100), latency(18, 100), true, now, now, cpu);
        WritesWorkload.Stage at200 = new WritesWorkload.Stage(200, 4, latency(600, 130), latency(500, 180), false, now, now, cpu);
        WritesWorkload.Result writes = new WritesWorkload.Result(prepared, List.of(at100, at200), latency(1, 0), "the endpoints could not keep up", connections);
        BareInsert.Result bare = new BareInsert.Result(3, List.of(new BareInsert.Stage(100, latency(10, 100), true),
                new BareInsert.Stage(1600, latency(40, 900), false)), "it could not keep up with 1600 requests/s",
                new CpuUsage.Result(10, 2, 1.0, Map.of("bare-insert", 0.3, "postgresql", 0.1), 0), latency(2, 0), null);
        JourneyWorkload.Result journey = new JourneyWorkload.Result(JourneyWorkload.WEBHOOK, 20, 20, List.of(), 20, 1.0, 6,
                Map.of("week 1 · register patient", latency(900, 0)),
                List.of(new ServerMetrics.Endpoint("intake", "POST", "/api/v1/patients", "201", 540, 30)), now, now, null,
                new WebhookHop.Result(130, 128, latency(40, 0)));
        EventHops.Window hops = new EventHops.Window("journey", now, now,
                List.of(new EventHops.Hop("SessionStarted", "checkin", latency(300, 0)), new EventHops.Hop("EvaluationApproved", "session", latency(90, 0))),
                latency(280, 0), List.of(new EventHops.Consumer("checkin", 400, 90, 45, 120, 60)), List.of());
        ServiceStartup.Result startup = new ServiceStartup.Result("session", 3.9, 6.2, 3.7, 320.0, Map.of(200, 100),
                new ServiceStartup.Memory(67.0, 40.0, 105.0), 10.5);
        Options options = Options.parse(new String[] {"--connections", Integer.toString(connections)}, Path.of("results"));
        return new Report.Run(now.toString(), 100, "./stillwater bench all", new Report.Machine(2, 25, "OpenJDK 17", "Linux", "1 1 1", "2 2 2"),
                options, List.of(new Report.Part("journey", 20, "done")), null, null, bare, journey, null, writes, List.of(hops), List.of(startup),
                List.of(new Report.CpuWindow("journey", cpu)), List.of(), List.of(), List.of());
    }

    @Test
    void everyTargetOfTheIssueIsJudgedWithItsMargin() {
        List<Targets.Target> targets = Targets.judge(run());
        Targets.Target journeys = targets.get(0);
        assertFalse(journeys.met());
        assertEquals("missed by 19.00 journeys/s (95 % short; ×20.0 needed)", journeys.verdict());

        Targets.Target cost = targets.get(1);
        assertEquals("≤ 0.1 core-seconds per complete journey", cost.target());
        assertFalse(cost.met());

        Targets.Target startRatio = targets.get(2);
        assertFalse(startRatio.met());
        assertTrue(startRatio.measured().startsWith("130 vs 900 requests/s = 14 %"), startRatio.measured());

        Targets.Target p99 = targets.get(4);
        assertEquals("POST /patients/{id}/sessions p99 < 25 ms at 200 requests/s", p99.target());
        assertEquals("missed by 575.00 ms (×24.0 the limit)", p99.verdict());

        Targets.Target hop = targets.stream().filter(t -> t.target().startsWith("event hop")).findFirst().orElseThrow();
        assertFalse(hop.met());
        assertTrue(hop.measured().contains("worst SessionStarted → checkin p99 300 ms"), hop.measured());

        Targets.Target rss = targets.get(targets.size() - 1);
        assertEquals("session-service < 200 MB RSS after warm-up", rss.target());
        assertFalse(rss.met());
    }

    @Test
    void eachKindOfMissedTargetSaysWhatWasTriedOnceAndInOrder() {
        List<Targets.Target> targets = Targets.judge(run());
        assertEquals(List.of(Tried.JOURNEYS, Tried.WRITE_THROUGHPUT, Tried.WRITE_LATENCY, Tried.EVENT_HOPS, Tried.STARTUP, Tried.MEMORY),
                Targets.triedForMissed(targets));
        String markdown = Report.markdown(run(), targets, "c.png");
        String heading = "## What was tried, for the targets still missed";
        assertTrue(markdown.contains(heading), markdown);
        String section = markdown.substring(markdown.indexOf(heading));
        assertTrue(section.contains("- **Event hop p99.** Tried: three ordered lanes per consumed channel"), section);
        assertTrue(section.contains("The runs: docs/performance.md, \"Start-up and memory on JDK 25 (issue 17)\"; \"Where the time goes\"."), section);
        assertEquals(1, section.split("\\*\\*Event hop p99\\.\\*\\*", -1).length - 1, section);
    }

    @Test
    void onlyAKindWithAMissedTargetSaysWhatWasTried() {
        List<Targets.Target> targets = List.of(
                Targets.below("event hop p99 < 250 ms (journey)", "p99 90 ms", 90, 250, "ms").about(Tried.EVENT_HOPS),
                Targets.below("session-service < 200 MB RSS after warm-up", "150 MB", 150, 200, "MB").about(Tried.MEMORY),
                Targets.below("session-service < 1 s from launch to first response", "3 s", 3, 1, "s").about(Tried.STARTUP),
                Targets.below("a target of no kind", "3 s", 3, 1, "s"),
                new Targets.Target("POST /sessions/{id}/completion p99 < 25 ms at 200 requests/s", "not measured", null, "not measured")
                        .about(Tried.WRITE_LATENCY));
        assertEquals(List.of(Tried.STARTUP), Targets.triedForMissed(targets));
        assertFalse(Report.markdown(run(), targets.subList(0, 2), "c.png").contains("## What was tried"));
    }

    /** The report sends readers to docs/performance.md by heading: each must be one there, word for word. */
    @Test
    void everySectionWhatWasTriedNamesIsAHeadingOfThePerformancePage() throws Exception {
        List<String> headings = Files.readAllLines(Path.of("../../docs/performance.md")).stream()
                .filter(line -> line.startsWith("## ") || line.startsWith("### "))
                .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
        for (Tried kind : Tried.values()) {
            for (String section : kind.sections()) {
                assertTrue(headings.contains(section), kind + " names \"" + section + "\", not a heading of docs/performance.md: " + headings);
            }
        }
    }

    @Test
    void aConsumerQueueTooShortToTimeGivesNoCeiling() {
        EventHops.Consumer fewWaiting = new EventHops.Consumer("checkin", 400, 90, 45, EventHops.Consumer.QUEUE_FOR_A_CEILING - 1, 500);
        assertFalse(fewWaiting.hasCeiling());
        assertEquals("checkin handled 400 events at 45/s (produced at 90/s)", fewWaiting.describe());
    }

    @Test
    void aMetTargetSaysByHowMuch() {
        assertEquals("met, 20 % below the limit", Targets.below("t", "m", 20, 25, "ms").verdict());
        assertEquals("met, 50 % above the target", Targets.atLeast("t", "m", 30, 20, "journeys/s").verdict());
    }

    @Test
    void anAtMostTargetIsMetAtItsLimitAndABelowTargetIsNot() {
        assertTrue(Targets.atMost("≤ 0.1 core-seconds per complete journey", "m", 0.1, 0.1, "core-s").met());
        assertFalse(Targets.below("p99 < 25 ms", "m", 25, 25, "ms").met());
    }

    @Test
    void aJourneyCohortThatOnlyFeedsTheHopWorkloadIsNotJudgedOnJourneysPerSecond() {
        Report.Run hopRun = run();
        Options hopOptions = Options.parse(new String[] {"hop"}, Path.of("results"));
        Report.Run judged = new Report.Run(hopRun.startedAt(), hopRun.seconds(), hopRun.command(), hopRun.machine(), hopOptions, hopRun.parts(),
                null, null, null, hopRun.journey(), null, null, hopRun.hops(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertTrue(Targets.judge(judged).stream().noneMatch(t -> t.target().contains("journeys/s")));
    }

    @Test
    void theMarkdownReportHasEveryPartAndTheJsonEverything() throws Exception {
        Report.Run run = run();
        String markdown = Report.markdown(run, Targets.judge(run), "latency.png");
        assertTrue(markdown.contains("## Targets (issues 9 and 17)"));
        assertTrue(markdown.contains("| 200 | POST /patients/{id}/sessions | 4 | 200 | 0 | 130 |"), markdown);
        assertTrue(markdown.contains("| 1600 | POST /inserts (bare) | one stream | 200 | 0 | 900 |"), markdown);
        assertTrue(markdown.contains("ladder: it could not keep up with 1600 requests/s; the load generator's send lag p99 2.0 ms, max 2.4 ms |"), markdown);
        assertTrue(markdown.contains("## Event hops"));
        assertTrue(markdown.contains("checkin handled 400 events at 45/s (produced at 90/s; 120 waiting when production stopped, cleared at 60/s)"), markdown);
        assertTrue(markdown.contains("| session-service | 3.90 s | 6.2 s | 3.70 s | 320 MB | 67 / 40 MB | 105 MB | 100 × 200 | 10.5 s |"), markdown);
        assertTrue(markdown.contains("![REST write and event-hop latency over time](latency.png)"));
        String json = Report.json().writeValueAsString(new Report.Document(Targets.judge(run), Findings.of(run), run));
        assertTrue(json.contains("\"journeysPerSecond\" : 1.0"), json);
        assertNull(run.kafka());
    }

    @Test
    void theEvidenceIsComputedFromTheFigures() {
        List<String> findings = Findings.of(run());
        String writes = findings.stream().filter(f -> f.startsWith("**Writes**")).findFirst().orElseThrow();
        // 0.8 cores for 3 s over 400 answers: 6 ms each in session-service; 1.7 cores (2.0 busy - 0.2 benchmark - 0.1 other) all in
        assertTrue(writes.contains("6.0 ms of CPU in session-service and 12.8 ms across the platform"), writes);
        // (0.3 + 0.1) cores for 10 s over the 400 requests of the two bare stages
        assertTrue(writes.contains("the bare endpoint cost 10.0 ms"), writes);
        String hops = findings.stream().filter(f -> f.startsWith("**Event hops")).findFirst().orElseThrow();
        assertTrue(hops.contains("Behind the producers: checkin"), hops);
        assertTrue(hops.contains("Their ceiling, clearing the queue once no request was being sent: checkin 60 events/s."), hops);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("**Start-up and memory**")));
    }

    /** {@link #run()} with a polling baseline of the same size before it: 1800 requests and 1.7 cores for 10 s over 20 journeys. */
    private static Report.Run withPollingBaseline() {
        Report.Run run = run();
        Instant now = Instant.parse(run.startedAt());
        JourneyWorkload.Result baseline = new JourneyWorkload.Result(JourneyWorkload.POLLING, 20, 20, List.of(), 60, 0.33, 6, Map.of(),
                List.of(new ServerMetrics.Endpoint("session", "GET", "/api/v1/patients/{id}/dosing-status", "200", 1700, 5),
                        new ServerMetrics.Endpoint("checkin", "GET", "/api/v1/dev/clock", "200", 100, 2)), now, now, null, null);
        CpuUsage.Result baselineCpu = new CpuUsage.Result(10, 2, 2.0, Map.of("benchmark (this JVM)", 0.2), 0.1);
        List<Report.CpuWindow> cpu = new java.util.ArrayList<>(run.cpu());
        cpu.add(new Report.CpuWindow("journey (polling)", baselineCpu));
        return new Report.Run(run.startedAt(), run.seconds(), run.command(), run.machine(), run.options(), run.parts(), run.kafka(), run.postgres(),
                run.bare(), run.journey(), baseline, run.writes(), run.hops(), run.startup(), cpu, run.profiles(), run.errors(), run.problems());
    }

    @Test
    void beforeAndAfterWebhooksArePerCompletedJourneyWithTheReductionInPercent() {
        BeforeAfter.Comparison comparison = BeforeAfter.of(withPollingBaseline()).orElseThrow();
        assertEquals(90, comparison.before().requestsPerJourney(), 1e-9);
        assertEquals(27, comparison.after().requestsPerJourney(), 1e-9);
        // the baseline's 100 requests to the simulated clock are not the platform's API
        assertEquals(85, comparison.before().apiRequestsPerJourney(), 1e-9);
        assertEquals(27, comparison.after().apiRequestsPerJourney(), 1e-9);
        assertEquals(100 * (1 - 27.0 / 85), comparison.fewerApiRequestsPercent(), 1e-9);
        // platform cores: 2.0 busy - 0.2 this JVM - 0.1 other = 1.7; 10 s polling, 3 s by webhook, 20 journeys each
        assertEquals(0.85, comparison.before().coreSecondsPerJourney(), 1e-9);
        assertEquals(0.255, comparison.after().coreSecondsPerJourney(), 1e-9);
        assertEquals(70, comparison.fewerRequestsPercent(), 1e-9);
        assertEquals(70, comparison.fewerCoreSecondsPercent(), 1e-9);
    }

    @Test
    void withoutAPollingBaselineThereIsNoBeforeAndAfter() {
        assertTrue(BeforeAfter.of(run()).isEmpty());
        assertTrue(Targets.judge(run()).stream().noneMatch(t -> t.target().contains("fewer requests")));
    }

    @Test
    void aBaselineWithNoCompletedJourneyGivesNoComparisonRatherThanADivisionByZero() {
        Report.Run run = withPollingBaseline();
        JourneyWorkload.Result none = new JourneyWorkload.Result(JourneyWorkload.POLLING, 20, 0, List.of("patient 0: refused"), 60, 0, 6, Map.of(),
                run.baseline().serverSide(), run.baseline().from(), run.baseline().to(), null, null);
        Report.Run failed = new Report.Run(run.startedAt(), run.seconds(), run.command(), run.machine(), run.options(), run.parts(), null, null,
                null, run.journey(), none, null, List.of(), List.of(), run.cpu(), List.of(), List.of(), List.of());
        assertTrue(BeforeAfter.of(failed).isEmpty());
    }

    @Test
    void theReductionIsJudgedAgainstTheIssuesSixtyPercent() {
        Targets.Target fewer = Targets.judge(withPollingBaseline()).stream().filter(t -> t.target().contains("fewer requests")).findFirst().orElseThrow();
        assertTrue(fewer.met());
        assertEquals("90.0 → 27.0 requests/journey = 70 % fewer (without the simulated clock's 85.0 → 27.0 = 68 % fewer; "
                + "0.85 → 0.26 core-s/journey)", fewer.measured());
    }

    @Test
    void theReportShowsBothCohortsTheReductionAndTheWebhookHop() {
        Report.Run run = withPollingBaseline();
        String markdown = Report.markdown(run, Targets.judge(run), "latency.png");
        assertTrue(markdown.contains("| polling | 20 | 90.0 | 85.0 | 0.85 |"), markdown);
        assertTrue(markdown.contains("| webhook | 20 | 27.0 | 27.0 | 0.26 |"), markdown);
        assertTrue(markdown.contains("**70 % fewer requests per journey** (the issue's target: at least 60 %; 68 % fewer without "
                + "`/api/v1/dev/clock`, the benchmark's time travel), 70 % fewer core-seconds per journey."), markdown);
        assertTrue(markdown.contains("**p50 20.0 ms, p99 40.0 ms**"), markdown);
        assertTrue(markdown.contains("over 128 of the 130 events received"), markdown);
        String finding = Findings.of(run).stream().filter(f -> f.startsWith("**Before and after webhooks**")).findFirst().orElseThrow();
        assertTrue(finding.contains("90.0 requests and 0.85 core-seconds per journey when polling, 27.0 and 0.26"), finding);
    }

    @Test
    void theJourneyFindingSaysHowTheStepsWaited() {
        Report.Run run = withPollingBaseline();
        String journey = Findings.of(run).stream().filter(f -> f.startsWith("**Journeys**")).findFirst().orElseThrow();
        assertTrue(journey.contains("each step waited for the event pushed by webhook and took what it said, reading only what no event says"), journey);
    }

    @Test
    void theRequestsPerJourneyAreShownEndpointByEndpointWithTheClockAsScaffolding() {
        Report.Run run = withPollingBaseline();
        assertEquals(List.of(
                new BeforeAfter.EndpointRow("session", "GET /api/v1/patients/{id}/dosing-status", false, 85, 0),
                new BeforeAfter.EndpointRow("checkin", "GET /api/v1/dev/clock", true, 5, 0),
                new BeforeAfter.EndpointRow("intake", "POST /api/v1/patients", false, 0, 27)), BeforeAfter.perEndpoint(run));
        String markdown = Report.markdown(run, Targets.judge(run), "latency.png");
        assertTrue(markdown.contains("| checkin | GET /api/v1/dev/clock (scaffolding) | 5.00 | 0.00 |"), markdown);
    }

    @Test
    void journeyArrivalsDefaultToBothThePollingBaselineFirst() {
        assertEquals(List.of(JourneyWorkload.POLLING, JourneyWorkload.WEBHOOK), Options.parse(new String[0], Path.of("results")).journeyCohorts());
        assertEquals(List.of(JourneyWorkload.WEBHOOK),
                Options.parse(new String[] {"journey", "--journey-arrivals", "webhook"}, Path.of("results")).journeyCohorts());
        assertEquals(List.of(JourneyWorkload.POLLING),
                Options.parse(new String[] {"journey", "--journey-arrivals", "polling"}, Path.of("results")).journeyCohorts());
    }

    @Test
    void journeyArrivalsOtherThanTheThreeAreRefused() {
        for (String wrong : List.of("Webhook", "", "push", "both\u0000")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Options.parse(new String[] {"journey", "--journey-arrivals", wrong}, Path.of("results")));
            assertTrue(refused.getMessage().startsWith("--journey-arrivals must be one of both, webhook, polling"), refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"journey", "--journey-arrivals"}, Path.of("results")));
        assertTrue(Options.USAGE.contains("--journey-arrivals webhook|polling|both"));
    }

    @Test
    void optionsHaveShortDefaultsAndALongRun() {
        Options defaults = Options.parse(new String[0], Path.of("results"));
        assertEquals("all", defaults.workload());
        assertEquals(16, defaults.patients());
        assertEquals(24, defaults.writesPatients());
        Options longRun = Options.parse(new String[] {"writes", "--long", "--rates", "50,200"}, Path.of("results"));
        assertEquals(300, longRun.writesPatients());
        assertEquals(List.of(50, 200), longRun.rates());
        assertTrue(longRun.runs("writes"));
        assertFalse(longRun.runs("journey"));
    }

    @Test
    void theLoadGeneratorKeepsSixteenConnectionsUnlessToldOtherwise() {
        assertEquals(16, Options.parse(new String[0], Path.of("results")).connections());
        assertEquals(64, Options.parse(new String[] {"writes", "--connections", "64"}, Path.of("results")).connections());
        assertEquals(1024, Options.parse(new String[] {"--connections", "1024"}, Path.of("results")).connections());
    }

    @Test
    void secondsMustBePlainDecimalsAboveZeroAndAtMostAnHour() {
        assertEquals(0.5, Options.parse(new String[] {"--stage-seconds", "0.5"}, Path.of("results")).stageSeconds());
        assertEquals(3600, Options.parse(new String[] {"--ceiling-seconds", "3600"}, Path.of("results")).ceilingSeconds());
        for (String wrong : List.of("0", "0.0", "-1", "3600.5", "Infinity", "NaN", "1e3", "0x1p3", "2d", "2f", ".5", "５", "")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Options.parse(new String[] {"--ceiling-seconds", wrong}, Path.of("results")), wrong);
            assertEquals("--ceiling-seconds must be a number of seconds above 0 and at most 3600, was '" + wrong + "'", refused.getMessage());
        }
    }

    @Test
    void connectionsMustBeAWholeNumberFromOneTo1024() {
        for (String wrong : List.of("0", "-4", "1025", "2147483648", "16.5", "+16", "sixteen", "", "１６")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Options.parse(new String[] {"--connections", wrong}, Path.of("results")), wrong);
            assertEquals("--connections must be a whole number from 1 to 1024, was '" + wrong + "'", refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--connections"}, Path.of("results")));
    }

    @Test
    void theWritesSectionNamesTheRunsConnectionBound() {
        Report.Run run = run(64);
        String markdown = Report.markdown(run, List.of(), "c.png");
        assertTrue(markdown.contains("At most 64 connections per service, so a stage cannot pass 64 ÷ the answer time"), markdown);
        assertTrue(markdown.contains("while all 64 connections are busy"), markdown);
    }
}
