package org.stillwater.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.stillwater.hostile.Part.Hostility;

/**
 * One generated request: an operation of a service, who calls, the path and query values, the body.
 *
 * @param forgery the seed of whatever the caller's token is made of (garbage, an altered claim), so it replays
 */
record HostileRequest(Operation operation, Caller caller, long forgery, Map<String, Part> pathValues,
                      Map<String, Part> queryValues, Body body) {

    /** The path with its values, percent-encoded, and the query string. */
    String target() {
        String path = operation.path();
        for (Map.Entry<String, Part> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue().encoded());
        }
        String query = queryValues.entrySet().stream()
                .filter(value -> value.getValue().encoded() != null)
                .map(value -> value.getKey() + "=" + value.getValue().encoded())
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A path value takes the request off its operation's route. */
    boolean reroutes() {
        return pathValues.values().stream().anyMatch(Part::reroutes);
    }

    /** The strongest hostility of its parts: an INVALID part means the request must be refused. */
    Hostility hostility() {
        List<Hostility> all = new ArrayList<>();
        pathValues.values().forEach(part -> all.add(part.hostility()));
        queryValues.values().forEach(part -> all.add(part.hostility()));
        all.add(body.hostility());
        return all.stream().reduce(Hostility.NONE, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
    }

    /**
     * What is hostile about it, without the operation: the caller when it is not an ordinary allowed one, and each
     * unusual or invalid value. Two counterexamples with the same signature are one kind.
     */
    String signature() {
        Set<String> parts = signatureParts();
        return parts.isEmpty() ? "an ordinary request" : String.join(", ", parts);
    }

    Set<String> signatureParts() {
        TreeSet<String> parts = new TreeSet<>();
        if (!caller.isTrusted() || caller.role().isEmpty()) {
            parts.add("token: " + caller.name().toLowerCase().replace('_', ' '));
        } else if (!operation.allows(caller.role().get())) {
            parts.add("a role the operation does not allow");
        }
        pathValues.values().stream().filter(part -> !part.isPlain()).forEach(part -> parts.add("path: " + part.kind()));
        queryValues.values().stream().filter(part -> !part.isPlain()).forEach(part -> parts.add("query: " + part.kind()));
        body.mutations().forEach(mutation -> parts.add("body: " + mutation.kind().label()));
        return parts;
    }

    HostileRequest with(Caller newCaller) {
        return new HostileRequest(operation, newCaller, forgery, pathValues, queryValues, body);
    }

    HostileRequest withPath(String name, Part value) {
        Map<String, Part> values = new LinkedHashMap<>(pathValues);
        values.put(name, value);
        return new HostileRequest(operation, caller, forgery, values, queryValues, body);
    }

    HostileRequest withQuery(String name, Part value) {
        Map<String, Part> values = new LinkedHashMap<>(queryValues);
        values.put(name, value);
        return new HostileRequest(operation, caller, forgery, pathValues, values, body);
    }

    HostileRequest with(Body newBody) {
        return new HostileRequest(operation, caller, forgery, pathValues, queryValues, newBody);
    }

    /** For a report: the request as one line, with the made-up token (not a real one) and the body cut short. */
    String describe(Credentials credentials) {
        StringBuilder line = new StringBuilder(operation.method()).append(' ').append(operation.service().id()).append(target())
                .append(" as ").append(caller.name().toLowerCase());
        credentials.madeUp(caller, forgery).ifPresent(header -> line.append(" (Authorization: ").append(header).append(')'));
        body.bytes().ifPresent(bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\0", "\\u0000");
            line.append(" with ").append(body.contentType()).append(' ').append(text.length() > 300 ? text.substring(0, 300) + "…" : text);
            if (!body.mutations().isEmpty()) {
                line.append(" (").append(body.mutations().stream().map(Object::toString).collect(Collectors.joining("; "))).append(')');
            }
        });
        return line.toString();
    }
}
