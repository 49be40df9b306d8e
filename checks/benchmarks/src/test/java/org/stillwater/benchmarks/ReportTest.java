package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static Report.Run run() {
        Instant now = Instant.parse("2026-11-26T22:00:00Z");
        WritesWorkload.Prepared prepared = new WritesWorkload.Prepared(List.of(), 60, 30, List.of(), now, now);
        CpuUsage.Result cpu = new CpuUsage.Result(3, 2, 2.0, Map.of("session-service", 0.8, "benchmark (this JVM)", 0.2), 0.1);
        WritesWorkload.Stage at100 = new WritesWorkload.Stage(100, 1, latency(20, 100), latency(18, 100), true, now, now, cpu);
        WritesWorkload.Stage at200 = new WritesWorkload.Stage(200, 4, latency(600, 130), latency(500, 180), false, now, now, cpu);
        WritesWorkload.Result writes = new WritesWorkload.Result(prepared, List.of(at100, at200), latency(1, 0), "the endpoints could not keep up");
        BareInsert.Result bare = new BareInsert.Result(3, List.of(new BareInsert.Stage(100, 1, latency(10, 100), true),
                new BareInsert.Stage(1600, 20, latency(40, 900), false)), "it could not keep up with 1600 requests/s",
                new CpuUsage.Result(10, 2, 1.0, Map.of("bare-insert", 0.3, "postgresql", 0.1), 0));
        JourneyWorkload.Result journey = new JourneyWorkload.Result(20, 20, List.of(), 20, 1.0, 6, Map.of("week 1 · register patient", latency(900, 0)),
                List.of(new ServerMetrics.Endpoint("intake", "POST", "/api/v1/patients", "201", 20, 30)), now, now, null);
        EventHops.Window hops = new EventHops.Window("journey", now, now,
                List.of(new EventHops.Hop("SessionStarted", "checkin", latency(300, 0)), new EventHops.Hop("EvaluationApproved", "session", latency(90, 0))),
                latency(280, 0), List.of(new EventHops.Consumer("checkin", 400, 90, 45)), List.of());
        ServiceStartup.Result startup = new ServiceStartup.Result("session", 3.9, 3.7, 320.0, Map.of(200, 100),
                new ServiceStartup.Memory(67.0, 40.0, 105.0), 10.5);
        Options options = Options.parse(new String[0], Path.of("results"));
        return new Report.Run(now.toString(), 100, "./stillwater bench all", new Report.Machine(2, 25, "OpenJDK 17", "Linux", "1 1 1", "2 2 2"),
                options, List.of(new Report.Part("journey", 20, "done")), null, null, bare, journey, writes, List.of(hops), List.of(startup),
                List.of(new Report.CpuWindow("journey", cpu)), List.of(), List.of(), List.of());
    }

    @Test
    void everyTargetOfTheIssueIsJudgedWithItsMargin() {
        List<Targets.Target> targets = Targets.judge(run());
        Targets.Target journeys = targets.get(0);
        assertFalse(journeys.met());
        assertEquals("missed by 19.00 journeys/s (95 % short; ×20.0 needed)", journeys.verdict());

        Targets.Target startRatio = targets.get(1);
        assertFalse(startRatio.met());
        assertTrue(startRatio.measured().startsWith("130 vs 900 requests/s = 14 %"), startRatio.measured());

        Targets.Target p99 = targets.get(3);
        assertEquals("POST /patients/{id}/sessions p99 < 25 ms at 200 requests/s", p99.target());
        assertEquals("missed by 575.00 ms (×24.0 the limit)", p99.verdict());

        Targets.Target hop = targets.stream().filter(t -> t.target().startsWith("event hop")).findFirst().orElseThrow();
        assertFalse(hop.met());
        assertTrue(hop.measured().contains("worst SessionStarted → checkin p99 300 ms"), hop.measured());

        Targets.Target rss = targets.get(targets.size() - 1);
        assertEquals("session-service < 200 MB RSS idle", rss.target());
        assertFalse(rss.met());
    }

    @Test
    void aMetTargetSaysByHowMuch() {
        assertEquals("met, 20 % below the limit", Targets.below("t", "m", 20, 25, "ms").verdict());
        assertEquals("met, 50 % above the target", Targets.atLeast("t", "m", 30, 20, "journeys/s").verdict());
    }

    @Test
    void aJourneyCohortThatOnlyFeedsTheHopWorkloadIsNotJudgedOnJourneysPerSecond() {
        Report.Run hopRun = run();
        Options hopOptions = Options.parse(new String[] {"hop"}, Path.of("results"));
        Report.Run judged = new Report.Run(hopRun.startedAt(), hopRun.seconds(), hopRun.command(), hopRun.machine(), hopOptions, hopRun.parts(),
                null, null, null, hopRun.journey(), null, hopRun.hops(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertTrue(Targets.judge(judged).stream().noneMatch(t -> t.target().contains("journeys/s")));
    }

    @Test
    void theMarkdownReportHasEveryPartAndTheJsonEverything() throws Exception {
        Report.Run run = run();
        String markdown = Report.markdown(run, Targets.judge(run), "latency.png");
        assertTrue(markdown.contains("## Targets (issue 9)"));
        assertTrue(markdown.contains("| 200 | POST /patients/{id}/sessions | 4 | 200 | 0 | 130 |"), markdown);
        assertTrue(markdown.contains("## Event hops"));
        assertTrue(markdown.contains("| session-service | 3.90 s | 3.70 s | 320 MB | 67 / 40 MB | 105 MB | 100 × 200 | 10.5 s |"), markdown);
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
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("**Start-up and memory**")));
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
}
