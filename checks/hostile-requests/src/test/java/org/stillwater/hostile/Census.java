package org.stillwater.hostile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The run's figures and each distinct kind of counterexample, with its shrunk example and how often it came up. */
final class Census {

    private final Map<String, Counterexample> kinds = new LinkedHashMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<Duration> elapsed = new ArrayList<>();
    private int tries;

    /**
     * @param kind      the violation and the shrunk request's signature
     * @param violation the kind of violation alone
     * @param parts     what is hostile about the shrunk request
     */
    record Counterexample(String kind, String violation, Set<String> parts, HostileRequest shrunk, String detail, int occurrences) {

        Counterexample again() {
            return new Counterexample(kind, violation, parts, shrunk, detail, occurrences + 1);
        }
    }

    void tried(Answer answer) {
        tries++;
        elapsed.add(answer.elapsed());
        String status = answer.timedOut() ? "none" : answer.status() == Answer.CLOSED ? "closed" : Integer.toString(answer.status());
        statuses.merge(status, 1, Integer::sum);
    }

    /**
     * The known kind that explains a failing request, if any: the same violation, by a shrunk request whose
     * hostile parts this one has too. Such a request is counted, not shrunk again.
     */
    Optional<String> explained(String violation, HostileRequest request) {
        Set<String> parts = request.signatureParts();
        return kinds.values().stream()
                .filter(known -> known.violation().equals(violation) && parts.containsAll(known.parts()))
                .map(Counterexample::kind).findFirst();
    }

    void found(String violation, HostileRequest shrunk, String detail) {
        String kind = violation + " — " + shrunk.signature();
        kinds.merge(kind, new Counterexample(kind, violation, shrunk.signatureParts(), shrunk, detail, 1),
                (known, again) -> known.again());
    }

    void again(String kind) {
        kinds.computeIfPresent(kind, (key, known) -> known.again());
    }

    List<Counterexample> counterexamples() {
        return List.copyOf(kinds.values());
    }

    String summary(long seed, int operations, long requests) {
        List<Long> millis = elapsed.stream().map(Duration::toMillis).sorted().toList();
        long median = millis.isEmpty() ? 0 : millis.get(millis.size() / 2);
        long p99 = millis.isEmpty() ? 0 : millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.99) - 1));
        long slowest = millis.isEmpty() ? 0 : millis.get(millis.size() - 1);
        return String.format("[hostile requests] seed %d: %d tries over %d operations, %d requests sent (%d while shrinking);"
                        + " answers: %s; median %d ms, p99 %d ms, slowest %d ms; %d kind(s) of counterexample",
                seed, tries, operations, requests, requests - tries, statuses, median, p99, slowest, kinds.size());
    }

    String report(Credentials credentials) {
        return kinds.values().stream()
                .map(example -> "- " + example.kind() + " (" + example.occurrences() + " tries)\n    " + example.shrunk().describe(credentials)
                        + "\n    → " + example.detail())
                .collect(Collectors.joining("\n"));
    }
}
