package org.stillwater.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stillwater.hostile.Expectations.Violation;

/**
 * The property of issue 13, over every operation the four services document: whatever a request carries (a
 * forged, expired or foreign token, a hostile id, a body of the wrong types, out of range, broken), its answer
 * comes within the time bound, is a 401 for an untrusted token, a 403 for a role the operation does not
 * allow, a 4xx problem+json for an invalid request and never a 5xx; it leaves an audit row naming the right
 * actor and at most a few log lines.
 *
 * <p>Every try is a new request drawn from the run's seed. A failing request is counted under a kind already
 * found when it fails the same way and carries that kind's hostile parts; otherwise it is shrunk to the plainest
 * request that still fails the same way, a new kind. The run goes on, and reports every kind at the end. Settings (system
 * properties, also accepted by Maven): {@code stillwater.hostile.tries} (default 600), {@code .seed} (to replay
 * a run), {@code .time-bound} (seconds, default 5), {@code .log-bound} (bytes, default 4096), {@code .against}
 * ({@code running}: the platform of {@code ./stillwater up} instead of one started for the test).
 */
class HostileRequestsTest {

    @Test
    void everyOperationAnswersHostileRequestsAtOnceWithAProblemAnAuditRowAndFewLogLines() {
        int tries = Integer.getInteger("stillwater.hostile.tries", 600);
        long seed = Long.getLong("stillwater.hostile.seed", System.nanoTime());
        Fixture fixture = Fixture.shared();
        Expectations expectations = fixture.expectations;
        Exchange exchange = fixture.exchange;
        List<Operation> operations = fixture.operations;
        Generator generator = new Generator(operations);
        Census census = new Census();
        SplittableRandom draws = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            HostileRequest request = generator.request(new SplittableRandom(draws.nextLong()));
            Answer answer = exchange.send(request);
            census.tried(answer);
            List<Violation> violations = expectations.check(request, answer);
            if (!violations.isEmpty()) {
                Violation first = violations.get(0);
                Optional<String> known = census.explained(first.kind(), request);
                if (known.isPresent()) {
                    census.again(known.get());
                } else {
                    HostileRequest shrunk = Shrinker.shrink(request, candidate -> expectations.check(candidate, exchange.send(candidate))
                            .stream().anyMatch(violation -> violation.kind().equals(first.kind())));
                    String detail = expectations.check(shrunk, exchange.send(shrunk)).stream()
                            .filter(violation -> violation.kind().equals(first.kind())).findFirst()
                            .map(Violation::detail).orElse(first.detail());
                    census.found(first.kind(), shrunk, detail);
                }
            }
        }
        System.out.println(census.summary(seed, operations.size(), exchange.sent()));
        String report = census.report(fixture.credentials);
        if (!report.isEmpty()) {
            System.out.println(report);
        }
        assertTrue(census.counterexamples().isEmpty(), "counterexamples (replay with -Dstillwater.hostile.seed=" + seed + "):\n" + report);
    }
}
