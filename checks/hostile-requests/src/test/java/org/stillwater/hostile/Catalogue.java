package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stillwater.launcher.service.ServiceName;

/** Every operation each service documents at {@code /q/openapi}: a new endpoint is covered without touching the tests. */
final class Catalogue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Catalogue() {
    }

    static List<Operation> discover(Target target) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Operation> operations = new ArrayList<>();
        for (ServiceName service : ServiceName.values()) {
            operations.addAll(operations(service, document(http, target.url(service) + "/q/openapi?format=json")));
        }
        return List.copyOf(operations);
    }

    private static JsonNode document(HttpClient http, String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Operation> operations(ServiceName service, JsonNode document) {
        JsonNode components = document.path("components");
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                if (!operation.has("responses")) {
                    continue;
                }
                List<Operation.Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    String in = parameter.path("in").asText();
                    if (in.equals("path") || in.equals("query")) {
                        parameters.add(new Operation.Parameter(parameter.path("name").asText(),
                                in.equals("path") ? Operation.In.PATH : Operation.In.QUERY,
                                new Operation.Schema(parameter.path("schema"), components)));
                    }
                }
                JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
                Optional<Operation.Schema> body = bodySchema.isMissingNode() ? Optional.empty()
                        : Optional.of(new Operation.Schema(bodySchema, components));
                Set<String> roles = new LinkedHashSet<>();
                for (JsonNode requirement : operation.path("security")) {
                    requirement.elements().forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText())));
                }
                Set<Integer> statuses = new LinkedHashSet<>();
                operation.path("responses").fieldNames().forEachRemaining(code -> {
                    if (code.matches("\\d{3}")) {
                        statuses.add(Integer.parseInt(code));
                    }
                });
                operations.add(new Operation(service, method.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters), body,
                        Set.copyOf(roles), Set.copyOf(statuses)));
            }
        }
        return operations;
    }
}
