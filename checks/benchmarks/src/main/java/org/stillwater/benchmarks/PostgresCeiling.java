package org.stillwater.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * PostgreSQL's ceiling on this machine: single-row INSERTs, each committed on its own, from as many
 * connections as a service's pool holds (20), each inserting as fast as it can, into the benchmark's database
 * on the platform's server (same settings: fsync on, synchronous commit).
 */
final class PostgresCeiling {

    static final int POOL_SIZE = 20;
    static final String PAYLOAD = "{\"bloodPressure\":{\"systolic\":122,\"diastolic\":78},\"sitterPresent\":true,\"sitterAdult\":true,"
            + "\"safeSetting\":true,\"noDrivingAcknowledged\":true,\"recentAlcohol\":false,\"recentBenzodiazepines\":false}";

    record Result(int connections, long inserts, double seconds, double insertsPerSecond, Summary latency) {
    }

    private PostgresCeiling() {
    }

    static Result measure(BenchDatabase database, double seconds) {
        Histogram latency = new ConcurrentHistogram(1, TimeUnit.MINUTES.toMicros(1), 3);
        LongAdder inserts = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(POOL_SIZE);
        try {
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < POOL_SIZE; i++) {
                connections.add(database.connect());
            }
            long began = System.nanoTime();
            long end = began + (long) (seconds * 1e9);
            List<Future<?>> workers = new ArrayList<>();
            for (Connection connection : connections) {
                workers.add(pool.submit(() -> {
                    try (connection; PreparedStatement insert = connection.prepareStatement("insert into ceiling_insert (payload) values (?)")) {
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            insert.setString(1, PAYLOAD);
                            insert.executeUpdate();
                            latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                            inserts.increment();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            return new Result(POOL_SIZE, inserts.sum(), elapsed, inserts.sum() / elapsed, Summary.ofLatencies(latency));
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("PostgreSQL insert failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
