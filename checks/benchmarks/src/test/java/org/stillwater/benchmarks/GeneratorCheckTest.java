package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator is checked against wrk on the same endpoint, and judged within 2× of it. */
class GeneratorCheckTest {

    private static GeneratorCheck.Saturation saturation(String generator, double perSecond) {
        return new GeneratorCheck.Saturation(generator, (long) (perSecond * 2), 0, 2, perSecond, 5, 20, 0.4);
    }

    private static Targets.Target judged(GeneratorCheck.Result check) {
        return Targets.judge(runWith(check)).stream().filter(t -> t.target().startsWith("bare-insert's figure")).findFirst().orElseThrow();
    }

    private static Report.Run runWith(GeneratorCheck.Result check) {
        Report.Run run = ReportTest.run();
        BareInsert.Result bare = run.bare();
        BareInsert.Result checked = new BareInsert.Result(bare.startupSeconds(), bare.stages(), bare.ladderEnded(), bare.cpu(), bare.sendLag(), check);
        return new Report.Run(run.startedAt(), run.seconds(), run.command(), run.machine(), run.options(), run.parts(), run.kafka(), run.postgres(),
                checked, run.journey(), run.baseline(), run.writes(), run.hops(), run.startup(), run.cpu(), run.profiles(), run.errors(), run.problems());
    }

    @Test
    void wrksFiguresAreReadFromTheLineItsScriptWrites() {
        String output = """
                Running 2s test @ http://127.0.0.1:8080/inserts
                  2 threads and 16 connections
                stillwater-wrk-figures 4210 2001234 0 1 0 9 0 3100 12900
                Requests/sec:   2103.65
                """;
        GeneratorCheck.Saturation wrk = GeneratorCheck.parse(output, 0.3);
        assertEquals(4201, wrk.answers(), "its request count holds the 9 status errors, not the read error");
        assertEquals(10, wrk.errors());
        assertEquals(2.001234, wrk.seconds(), 1e-9);
        assertEquals(4201 / 2.001234, wrk.perSecond(), 1e-9);
        assertEquals(3.1, wrk.p50Millis(), 1e-9);
        assertEquals(12.9, wrk.p99Millis(), 1e-9);
    }

    @Test
    void wrkOutputWithoutTheFiguresLineIsAFailureNotZero() {
        assertThrows(IllegalStateException.class, () -> GeneratorCheck.parse("unable to connect to 127.0.0.1:1 Connection refused", null));
        assertThrows(IllegalStateException.class, () -> GeneratorCheck.parse("stillwater-wrk-figures 1 2 3", null));
        assertThrows(IllegalStateException.class, () -> GeneratorCheck.parse("stillwater-wrk-figures 1 2 3 4 5 6 7 8 x", null));
    }

    /** ReportTest's run: bare-insert's ladder reached 900 requests/s at best. */
    @Test
    void bareInsertsFigureAtHalfOfWrksIsWithinTwoTimes() {
        Targets.Target target = judged(new GeneratorCheck.Result(16, saturation("client", 1000), saturation("wrk", 1800), "wrk 4.1.0", null));
        assertTrue(target.met(), target.verdict());
        assertTrue(target.measured().startsWith("ladder 900 vs wrk 1800 requests/s = 50 %; the benchmark's client alone, closed loop: 1000 = 56 %"),
                target.measured());
    }

    @Test
    void bareInsertsFigureBelowHalfOfWrksIsMissedWhateverTheClientAloneReached() {
        Targets.Target target = judged(new GeneratorCheck.Result(16, saturation("client", 2000), saturation("wrk", 2000), "wrk 4.1.0", null));
        assertFalse(target.met());
        assertEquals("missed by 5.00 percentage points of wrk's throughput (10 % short; ×1.1 needed)", target.verdict());
    }

    @Test
    void withoutWrkTheCheckSaysWhyAndIsNotJudged() {
        Targets.Target target = judged(new GeneratorCheck.Result(16, saturation("client", 900), null, null, "wrk is not installed (Debian: apt-get install wrk)"));
        assertNull(target.met());
        assertTrue(target.measured().contains("wrk is not installed"), target.measured());
        String markdown = Report.markdown(runWith(new GeneratorCheck.Result(16, saturation("client", 900), null, null, "wrk is not installed")), List.of(), "c.png");
        assertTrue(markdown.contains("| bare-insert saturated by wrk | not measured | wrk is not installed |"), markdown);
    }

    @Test
    void bothSaturationsAreInTheCeilingsOfTheReport() {
        Report.Run run = runWith(new GeneratorCheck.Result(16, saturation("client", 1000), saturation("wrk", 2000), "wrk debian/4.1.0-3+b2 [epoll]", null));
        String markdown = Report.markdown(run, Targets.judge(run), "c.png");
        assertTrue(markdown.contains("| bare-insert saturated by the benchmark's client, 16 connections, closed loop | 1000 requests/s (2000 answers in 2.0 s, 0 errors) |"), markdown);
        assertTrue(markdown.contains("| bare-insert saturated by wrk debian/4.1.0-3+b2 [epoll], 16 connections, closed loop | 2000 requests/s"), markdown);
    }

    @Test
    void withoutWrkTheClientAloneSaturatesTheEndpoint(@TempDir Path work) throws Exception {
        withLocalEndpoint((url, seen) -> {
            GeneratorCheck.Result check = GeneratorCheck.measure(url, WritesWorkload.START_BODY, 1, work, LoadClient.DEFAULT_CONNECTIONS, Optional.empty());
            assertNull(check.wrk());
            assertTrue(check.wrkNotRun().contains("not installed"), check.wrkNotRun());
            assertTrue(check.client().answers() > 0 && check.client().errors() == 0, check.client().toString());
            assertEquals(check.client().answers(), seen.bodiesRead().get());
            assertTrue(check.client().generatorCores() > 0, check.client().toString());
        });
    }

    /** The real thing, where wrk is installed: both generators saturate one small local server with the same body. */
    @Test
    void bothGeneratorsSaturateALocalEndpointAndCountItsRefusals(@TempDir Path work) throws Exception {
        assumeTrue(GeneratorCheck.onPath("wrk").isPresent(), "wrk is not installed");
        withLocalEndpoint((url, seen) -> {
            GeneratorCheck.Result check = GeneratorCheck.measure(url, WritesWorkload.START_BODY, 1, work, LoadClient.DEFAULT_CONNECTIONS);
            assertNull(check.wrkNotRun());
            assertTrue(check.client().answers() > 0 && check.client().errors() == 0, check.client().toString());
            assertTrue(check.wrk().answers() > 0 && check.wrk().errors() == 0, check.wrk().toString());
            assertTrue(check.wrk().generatorCores() > 0, "wrk's CPU, from this JVM's reaped children: " + check.wrk());
            // wrk leaves the requests still in flight at its end uncounted; the server has read them
            long counted = check.client().answers() + check.wrk().answers();
            assertTrue(seen.bodiesRead().get() >= counted && seen.bodiesRead().get() <= counted + LoadClient.DEFAULT_CONNECTIONS, seen.bodiesRead() + " read, " + counted + " counted");

            GeneratorCheck.Result refused = GeneratorCheck.measure(url, "{\"not\":\"a start\"}", 1, work, LoadClient.DEFAULT_CONNECTIONS);
            assertEquals(0, refused.client().answers());
            assertTrue(refused.client().errors() > 0);
            assertEquals(0, refused.wrk().answers());
            assertTrue(refused.wrk().errors() > 0);
        });
    }

    /** wrk gives each thread connections ÷ threads, rounded down: an odd count runs on one thread so none is lost. */
    @Test
    void wrkRunsTwoThreadsOnlyWhenTheyShareTheConnectionsEvenly() {
        assertEquals(1, GeneratorCheck.wrkThreads(1));
        assertEquals(2, GeneratorCheck.wrkThreads(2));
        assertEquals(1, GeneratorCheck.wrkThreads(3));
        assertEquals(2, GeneratorCheck.wrkThreads(16));
        assertEquals(1, GeneratorCheck.wrkThreads(17));
    }

    /** Where wrk is installed: with three connections, wrk and the client each open exactly three (wrk with two threads would open two). */
    @Test
    void withThreeConnectionsEachGeneratorOpensThree(@TempDir Path work) throws Exception {
        assumeTrue(GeneratorCheck.onPath("wrk").isPresent(), "wrk is not installed");
        withLocalEndpoint((url, seen) -> {
            GeneratorCheck.Result check = GeneratorCheck.measure(url, WritesWorkload.START_BODY, 1, work, 3);
            assertEquals(3, check.connections());
            assertTrue(check.wrk().answers() > 0 && check.wrk().errors() == 0, check.wrk().toString());
            assertEquals(3, seen.clientPorts().size(), "the client's connections: " + seen.clientPorts());
            assertEquals(3, seen.wrkPorts().size(), "wrk's connections: " + seen.wrkPorts());
        });
    }

    /** What the local endpoint has seen: the session-start bodies it read, and the client ports of each generator's connections. */
    private record Seen(AtomicInteger bodiesRead, Set<Integer> clientPorts, Set<Integer> wrkPorts) {
    }

    /** What a test does with the local endpoint: its URL, and what it has seen. */
    private interface WithEndpoint {
        void run(String url, Seen seen) throws Exception;
    }

    /** A local endpoint answering a session-start body 201 and anything else 400, as bare-insert and a refusal would. */
    private static void withLocalEndpoint(WithEndpoint test) throws Exception {
        Seen seen = new Seen(new AtomicInteger(), ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/inserts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean start = "POST".equals(exchange.getRequestMethod()) && body.equals(WritesWorkload.START_BODY)
                    && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (start) {
                seen.bodiesRead().incrementAndGet();
            }
            // wrk's script sends one fixed Idempotency-Key, the client a new one per request
            boolean fromWrk = GeneratorCheck.WRK_IDEMPOTENCY_KEY.equals(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            (fromWrk ? seen.wrkPorts() : seen.clientPorts()).add(exchange.getRemoteAddress().getPort());
            byte[] answer = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(start ? 201 : 400, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        server.setExecutor(handlers);
        server.start();
        try {
            test.run("http://127.0.0.1:" + server.getAddress().getPort() + "/inserts", seen);
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
