package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.stillwater.hostile.Body.Location;
import org.stillwater.hostile.Body.Mutation;

/**
 * Draws hostile requests over every operation: who calls (mostly a role the operation allows, often a token the
 * services must refuse), path and query values (half of them hostile), and a body from the operation's schema
 * with up to two mutations.
 */
final class Generator {

    private static final List<Caller> ROLES = List.of(Caller.PARTNER, Caller.PATIENT, Caller.CLINICIAN, Caller.PHARMACIST, Caller.OPS);

    private final List<Operation> operations;

    Generator(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    HostileRequest request(SplittableRandom random) {
        Operation operation = operations.get(random.nextInt(operations.size()));
        Map<String, Part> path = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.parameters(Operation.In.PATH)) {
            path.put(parameter.name(), Values.pathValue(parameter.name(), random));
        }
        Map<String, Part> query = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.parameters(Operation.In.QUERY)) {
            query.put(parameter.name(), Values.queryValue(parameter.schema(), random));
        }
        return new HostileRequest(operation, caller(operation, random), random.nextLong(), path, query, body(operation, random));
    }

    private static Caller caller(Operation operation, SplittableRandom random) {
        int draw = random.nextInt(100);
        List<Caller> allowed = ROLES.stream().filter(role -> operation.allows(role.role().orElseThrow())).toList();
        if (draw < 55 && !allowed.isEmpty()) {
            return allowed.get(random.nextInt(allowed.size()));
        }
        if (draw < 65) {
            return ROLES.get(random.nextInt(ROLES.size()));
        }
        if (draw < 70) {
            return Caller.WITHOUT_STILLWATER_ROLE;
        }
        List<Caller> untrusted = Caller.untrusted();
        return untrusted.get(random.nextInt(untrusted.size()));
    }

    private static Body body(Operation operation, SplittableRandom random) {
        if (operation.body().isEmpty()) {
            return Body.none();
        }
        JsonNode base = Instances.of(operation.body().get(), random);
        List<Location> locations = Body.locations(base, operation.body().get());
        int count = List.of(0, 0, 0, 1, 1, 1, 1, 1, 2, 2).get(random.nextInt(10));
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count * 3 && mutations.size() < count; i++) {
            Location location = locations.get(random.nextInt(locations.size()));
            boolean taken = mutations.stream().anyMatch(m -> location.pointer().startsWith(m.pointer()) || m.pointer().startsWith(location.pointer()));
            if (!taken) {
                Mutations.at(location, random).ifPresent(mutations::add);
            }
        }
        return new Body(java.util.Optional.of(base), List.copyOf(mutations));
    }
}
