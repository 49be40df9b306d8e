package org.stillwater.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles in milliseconds of one endpoint, step or hop in one window, with its outcome counts and
 * throughput: successful answers per second (for an open-model block, the rate at which its answers came).
 */
public record Summary(long count, long ok, long expectedRefusals, long errors, double p50, double p95, double p99, double max,
                      double mean, double throughputPerSecond) {

    /** A histogram of microseconds, as every recorder here keeps them. */
    public static Summary of(Histogram micros, long ok, long expectedRefusals, long errors, double throughputPerSecond) {
        if (micros.getTotalCount() == 0) {
            return new Summary(0, ok, expectedRefusals, errors, 0, 0, 0, 0, 0, throughputPerSecond);
        }
        return new Summary(micros.getTotalCount(), ok, expectedRefusals, errors,
                millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)), millis(micros.getMaxValue()), micros.getMean() / 1000.0,
                throughputPerSecond);
    }

    /** Latencies only (event hops): every value counts as a success, throughput not applicable. */
    public static Summary ofLatencies(Histogram micros) {
        return of(micros, micros.getTotalCount(), 0, 0, 0);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
