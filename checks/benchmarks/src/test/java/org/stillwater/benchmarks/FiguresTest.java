package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The percentile, throughput and parsing logic the report is made of; no platform needed. */
class FiguresTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void percentilesOfAHundredLatenciesAreTheirRanks() {
        Series series = new Series("POST /x", "test");
        for (int i = 1; i <= 100; i++) {
            series.ok(0, i * MS);
        }
        Summary summary = series.summary();
        assertEquals(100, summary.count());
        assertEquals(50, summary.p50(), 0.1);
        assertEquals(95, summary.p95(), 0.1);
        assertEquals(99, summary.p99(), 0.1);
        assertEquals(100, summary.max(), 0.1);
        assertEquals(50.5, summary.mean(), 0.1);
    }

    @Test
    void latencyIsMeasuredFromTheIntendedSendTimeAndErrorsCountInIt() {
        Series series = new Series("POST /x", "test");
        series.ok(10 * MS, 15 * MS);
        series.error(10 * MS, 510 * MS, "HTTP 500", "{\"status\":500}");
        series.expectedRefusal(0, 2 * MS);
        Summary summary = series.summary();
        assertEquals(3, summary.count());
        assertEquals(1, summary.ok());
        assertEquals(1, summary.errors());
        assertEquals(1, summary.expectedRefusals());
        assertEquals(500, summary.max(), 0.5);
        assertEquals(1L, series.errorsByKind().get("HTTP 500"));
        assertTrue(series.errorSamples().get(0).startsWith("HTTP 500: "));
    }

    @Test
    void eachSecondBecomesOnePointAndTheTotalsKeepEverything() {
        Series series = new Series("POST /x", "test");
        series.ok(0, 10 * MS);
        series.ok(0, 30 * MS);
        Series.Point first = series.tick(1);
        series.ok(0, 100 * MS);
        series.summary();
        Series.Point second = series.tick(2);
        assertEquals(2, first.count());
        assertEquals(30, first.p99(), 0.1);
        assertEquals(1, second.count());
        assertEquals(100, second.p50(), 0.1);
        assertEquals(2, series.timeline().size());
        assertEquals(3, series.summary().count());
    }

    @Test
    void throughputOfAnOpenModelBlockIsTheRateItsAnswersCameAt() {
        long[] keptUp = new long[100];
        long[] saturated = new long[100];
        for (int i = 0; i < 100; i++) {
            keptUp[i] = 40 * MS + i * 5 * MS;
            saturated[i] = 40 * MS + i * 10 * MS;
        }
        keptUp[99] = 2000 * MS;
        OpenModel.Rate kept = OpenModel.Rate.of(keptUp);
        OpenModel.Rate slow = OpenModel.Rate.of(saturated);
        assertEquals(200, kept.answers() / (kept.nanos() / 1e9), 1);
        assertEquals(100, slow.answers() / (slow.nanos() / 1e9), 1);

        Series series = new Series("POST /x", "test");
        for (int i = 0; i < 100; i++) {
            series.ok(0, MS);
        }
        series.served(kept.answers(), kept.nanos());
        assertEquals(200, series.summary().throughputPerSecond(), 1);
    }

    @Test
    void hopsAreSummarisedFromAHistogramOfMicroseconds() {
        Histogram micros = new Histogram(3);
        micros.recordValue(120_000);
        micros.recordValue(80_000);
        Summary hops = Summary.ofLatencies(micros);
        assertEquals(2, hops.count());
        assertEquals(120, hops.max(), 0.1);
        assertEquals(0, Summary.ofLatencies(new Histogram(3)).count());
    }

    @Test
    void theServicesMetricsAreReadWithAndWithoutExemplars() {
        String metrics = """
                # TYPE http_server_requests_seconds summary
                http_server_requests_seconds_count{method="POST",outcome="SUCCESS",status="201",uri="/api/v1/patients/{patientId}/sessions"} 4.0
                http_server_requests_seconds_sum{method="POST",outcome="SUCCESS",status="201",uri="/api/v1/patients/{patientId}/sessions"} 0.2
                http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/q/health/ready"} 9.0
                """;
        var before = ServerMetrics.parse("session", metrics);
        var after = ServerMetrics.parse("session", metrics.replace("} 4.0", "} 6.0").replace("} 0.2", "} 0.3"));
        var endpoints = ServerMetrics.difference(before, after);
        assertEquals(1, endpoints.size());
        assertEquals(2, endpoints.get(0).requests());
        assertEquals(50, endpoints.get(0).meanMillis(), 0.001);

        assertEquals(80.0, Bench.sampleValue("stillwater_events_handled_total{type=\"ShipmentDelivered\"} 80.0 # {span_id=\"a7\"} 1.0 1795732128.441"));
        assertEquals(3.0, Bench.sampleValue("stillwater_outbox_backlog 3.0"));
    }

    @Test
    void theJvmsHeapInfoIsRead() {
        String heapInfo = """
                 garbage-first heap   total 65536K, used 33468K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 12 young (12288K), 2 survivors (2048K)
                 Metaspace       used 81234K, committed 82432K, reserved 1122304K
                  class space    used 10001K, committed 10496K, reserved 1048576K
                """;
        ServiceStartup.Memory memory = ServiceStartup.Memory.parse(heapInfo);
        assertEquals(67.1, memory.heapCommitted(), 0.1);
        assertEquals(34.3, memory.heapUsed(), 0.1);
        assertEquals(84.4, memory.metaspaceCommitted(), 0.1);
    }

    @Test
    void theSerialCollectorsHeapIsItsTwoGenerationsTogether() {
        String heapInfo = """
                DefNew     total 18944K, used 15402K [0x00000000f0000000, 0x00000000f1480000, 0x00000000f5550000)
                 eden space 16896K,  87% used [0x00000000f0000000, 0x00000000f0e655e8, 0x00000000f1080000)
                Tenured    total 41812K, used 27179K [0x00000000f5550000, 0x00000000f7e25000, 0x0000000100000000)
                 the  space 41812K,  65% used [0x00000000f5550000, 0x00000000f6fdae00, 0x00000000f7e25000)
                """;
        ServiceStartup.Memory memory = ServiceStartup.Memory.parse(heapInfo);
        assertEquals((18944 + 41812) * 1024 / 1e6, memory.heapCommitted(), 0.1);
        assertEquals((15402 + 27179) * 1024 / 1e6, memory.heapUsed(), 0.1);
    }

    @Test
    void eventTypesAreNamedWithoutTheirPrefixAndVersion() {
        assertEquals("SessionStarted", EventHops.eventName("stillwater.SessionStarted.v1"));
    }

    @Test
    void theTargetRateGetsTheRoundsAndOneIsKeptForTheNextRate() {
        assertEquals(1, WritesWorkload.roundsFor(100, 60, 1.2));
        assertEquals(4, WritesWorkload.roundsFor(200, 60, 2));
        assertEquals(1, WritesWorkload.rounds(100, 2, 6, true));
        assertEquals(4, WritesWorkload.rounds(200, 4, 5, true));
        assertEquals(3, WritesWorkload.rounds(200, 9, 4, true));
        assertEquals(4, WritesWorkload.rounds(400, 9, 4, false));
        assertEquals(1, WritesWorkload.rounds(800, 9, 1, true));
    }
}
