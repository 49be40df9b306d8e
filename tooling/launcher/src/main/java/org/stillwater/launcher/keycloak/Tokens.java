package org.stillwater.launcher.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.stillwater.launcher.DemoAccounts;

/**
 * Real access tokens from the realm, fetched once per account and fetched again shortly before they expire
 * (never one request per API call). Used by the tests, the demo and the benchmark.
 */
public final class Tokens {

    /**
     * A token is handed out only with at least this long to live (the realm's tokens live 15 min,
     * deploy/keycloak/stillwater-realm.json): a caller that keeps one across a loop or a wait of a few minutes, as the
     * fault suite's checks and journeys do, never sends it expired. One minute was not enough (a CI run's checks read
     * 401s as zero counts).
     */
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public Tokens(String realmUrl) {
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
    }

    /** A partner frontend's token (client credentials). */
    public String clientCredentials(String clientId, String secret) {
        return cached("client:" + clientId, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A demo user's token (password grant on the public demo client, password {@value DemoAccounts#PASSWORD}). */
    public String user(String username) {
        return cached("user:" + username, Map.of("grant_type", "password", "client_id", DemoAccounts.DEMO_CLIENT,
                "username", username, "password", DemoAccounts.PASSWORD));
    }

    public String acme() {
        return clientCredentials(DemoAccounts.ACME_CLIENT, DemoAccounts.ACME_SECRET);
    }

    public String globex() {
        return clientCredentials(DemoAccounts.GLOBEX_CLIENT, DemoAccounts.GLOBEX_SECRET);
    }

    private String cached(String key, Map<String, String> form) {
        Token token = cache.get(key);
        if (token == null || Instant.now().isAfter(token.expiresAt().minus(REFRESH_MARGIN))) {
            token = fetch(form);
            cache.put(key, token);
        }
        return token.accessToken();
    }

    private Token fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request failed with " + response.statusCode() + ": " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new Token(json.get("access_token").asText(), Instant.now().plusSeconds(json.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("token request to " + tokenEndpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Token(String accessToken, Instant expiresAt) {
    }
}
