package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.stillwater.hostile.Body.Location;
import org.stillwater.hostile.Body.Mutation;

/**
 * Makes a counterexample as plain as it stays one: an allowed caller or a simpler bad token, ordinary path
 * values, no query values, fewer mutations, a smaller body. Greedy: the first simpler request that still fails
 * the same way is kept, until none is, or the budget of requests is spent.
 */
final class Shrinker {

    private static final int BUDGET = 120;

    private Shrinker() {
    }

    static HostileRequest shrink(HostileRequest failing, Predicate<HostileRequest> stillFails) {
        HostileRequest current = failing;
        int spent = 0;
        boolean shrunk = true;
        while (shrunk && spent < BUDGET) {
            shrunk = false;
            for (HostileRequest candidate : simpler(current)) {
                if (spent++ >= BUDGET) {
                    break;
                }
                if (stillFails.test(candidate)) {
                    current = candidate;
                    shrunk = true;
                    break;
                }
            }
        }
        return current;
    }

    private static List<HostileRequest> simpler(HostileRequest request) {
        List<HostileRequest> candidates = new ArrayList<>();
        Operation operation = request.operation();
        boolean allowedCaller = request.caller().isTrusted() && request.caller().role().map(operation::allows).orElse(false);
        if (!allowedCaller) {
            List.of(Caller.PARTNER, Caller.PATIENT, Caller.CLINICIAN, Caller.PHARMACIST, Caller.OPS).stream()
                    .filter(caller -> operation.allows(caller.role().orElseThrow())).findFirst()
                    .ifPresent(caller -> candidates.add(request.with(caller)));
        }
        if (!request.caller().isTrusted()) {
            Caller.untrusted().stream().filter(caller -> caller.ordinal() < request.caller().ordinal())
                    .forEach(caller -> candidates.add(request.with(caller)));
        }
        request.pathValues().forEach((name, value) -> {
            if (!value.isPlain()) {
                candidates.add(request.withPath(name, Part.plain(Values.ordinaryId(name, new SplittableRandom(0)))));
            }
        });
        request.queryValues().forEach((name, value) -> {
            if (value.encoded() != null) {
                candidates.add(request.withQuery(name, Part.absent()));
            }
        });
        Body body = request.body();
        for (Mutation mutation : body.mutations()) {
            List<Mutation> fewer = new ArrayList<>(body.mutations());
            fewer.remove(mutation);
            candidates.add(request.with(new Body(body.base(), fewer)));
        }
        body.base().ifPresent(base -> smallerBases(base, request).forEach(smaller ->
                candidates.add(request.with(new Body(Optional.of(smaller), body.mutations())))));
        return candidates;
    }

    /** The base without one optional field or with an array cut to its minimum, where no mutation points into it. */
    private static List<JsonNode> smallerBases(JsonNode base, HostileRequest request) {
        List<JsonNode> smaller = new ArrayList<>();
        Operation.Schema schema = request.operation().body().orElseThrow();
        for (Location location : Body.locations(base, schema)) {
            boolean mutated = request.body().mutations().stream().anyMatch(mutation -> mutation.pointer().startsWith(location.pointer())
                    || location.pointer().startsWith(mutation.pointer()) && !mutation.pointer().isEmpty());
            if (mutated || location.pointer().isEmpty()) {
                continue;
            }
            if (!location.required()) {
                smaller.add(Body.replace(base.deepCopy(), location.pointer(), null));
            } else if (location.value() instanceof ArrayNode array) {
                int minimum = location.schema().number("minItems").orElse(0L).intValue();
                if (array.size() > minimum) {
                    ArrayNode cut = array.deepCopy();
                    cut.remove(cut.size() - 1);
                    smaller.add(Body.replace(base.deepCopy(), location.pointer(), cut));
                }
            } else if (location.value() instanceof ObjectNode object && object.isEmpty()) {
                continue;
            }
        }
        return smaller;
    }
}
