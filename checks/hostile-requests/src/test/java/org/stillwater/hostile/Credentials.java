package org.stillwater.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.KeycloakServer;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * The {@code Authorization} header of each kind of {@link Caller}: real tokens from the realm for the trusted
 * ones, and for the others real tokens the services must refuse (expired, another client, another realm)
 * or forgeries made from a real token. Sets up, once, what the realm needs for them: a user of the demo client
 * without any Stillwater role, and a client with the Stillwater audience whose tokens live two seconds.
 */
final class Credentials {

    static final String ROLELESS_USER = "hostile.roleless";
    static final String SHORT_LIVED_CLIENT = "hostile-short-lived";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final Target target;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KeyPair ownKey;
    private final String expiredToken;
    private final String foreignClientToken;
    private final String otherIssuerToken;
    private final byte[] realmKeys;

    Credentials(Target target) {
        this.target = target;
        this.tokens = new Tokens(target.realmUrl());
        String admin = token(target.keycloakUrl() + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.ADMIN_USER, "password", KeycloakServer.ADMIN_PASSWORD));
        createRolelessUser(admin);
        createShortLivedClient(admin);
        this.otherIssuerToken = admin;
        this.foreignClientToken = token(target.realmUrl(), Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", DemoAccounts.DR_CALIFORNIA, "password", DemoAccounts.PASSWORD));
        this.expiredToken = expired(token(target.realmUrl(), Map.of("grant_type", "password", "client_id", SHORT_LIVED_CLIENT,
                "username", DemoAccounts.DR_CALIFORNIA, "password", DemoAccounts.PASSWORD)));
        this.realmKeys = send(HttpRequest.newBuilder(URI.create(target.realmUrl() + "/protocol/openid-connect/certs")).GET(), 200)
                .getBytes(StandardCharsets.UTF_8);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.ownKey = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header to send, or none; {@code forgery} picks the garbage or the altered claim, so a request replays exactly. */
    Optional<String> authorization(Caller caller, long forgery) {
        SplittableRandom random = new SplittableRandom(forgery);
        return switch (caller) {
            case PARTNER -> bearer(tokens.acme());
            case PATIENT, CLINICIAN, PHARMACIST, OPS, WITHOUT_STILLWATER_ROLE -> bearer(tokens.user(caller.auditedActor()));
            case NO_TOKEN -> Optional.empty();
            case MALFORMED -> bearer(List.of("abc.def.ghi", "a.b.c", "..", "x.y", "eyJ.eyJ.x", "e30.e30.e30").get(random.nextInt(6)));
            case NOT_A_JWT -> bearer(garbage(random));
            case EMPTY_BEARER -> Optional.of("Bearer ");
            case OTHER_SCHEME -> Optional.of("Basic " + Base64.getEncoder().encodeToString("ops:demo".getBytes(StandardCharsets.UTF_8)));
            case UNSIGNED -> bearer(BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + parts(opsToken())[1] + ".");
            case ALTERED_SIGNATURE -> bearer(alteredSignature(opsToken(), random));
            case ALTERED_CLAIMS -> bearer(alteredClaims(clinicianToken(), random));
            case SIGNED_WITH_ANOTHER_KEY -> bearer(signedWithOwnKey(opsToken()));
            case HMAC_SIGNED -> bearer(hmacSigned(opsToken()));
            case EXPIRED -> bearer(expiredToken);
            case FOREIGN_CLIENT -> bearer(foreignClientToken);
            case OTHER_ISSUER -> bearer(otherIssuerToken);
        };
    }

    /** The header of a caller whose token is made up of text rather than taken from a real one, for a report. */
    Optional<String> madeUp(Caller caller, long forgery) {
        return switch (caller) {
            case MALFORMED, NOT_A_JWT, EMPTY_BEARER, OTHER_SCHEME -> authorization(caller, forgery)
                    .map(header -> header.length() > 80 ? header.substring(0, 80) + "…" : header);
            default -> Optional.empty();
        };
    }

    private static Optional<String> bearer(String token) {
        return Optional.of("Bearer " + token);
    }

    private String opsToken() {
        return tokens.user(DemoAccounts.OPS);
    }

    private String clinicianToken() {
        return tokens.user(DemoAccounts.DR_CALIFORNIA);
    }

    private static String garbage(SplittableRandom random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/~!$%&'()*,;:@[]";
        int length = random.nextInt(3) == 0 ? 1 + random.nextInt(4000) : 1 + random.nextInt(80);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String[] parts(String token) {
        return token.split("\\.", -1);
    }

    private static String alteredSignature(String token, SplittableRandom random) {
        String[] parts = parts(token);
        char[] signature = parts[2].toCharArray();
        // Not the last character: part of its bits are padding that decoders ignore, so changing it can leave the
        // decoded signature, and the token, genuine (RS256: 256 bytes in 342 characters, the last one's low 4 bits unused).
        int at = random.nextInt(signature.length - 1);
        signature[at] = signature[at] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    private static String alteredClaims(String token, SplittableRandom random) {
        String[] parts = parts(token);
        ObjectNode claims = claims(parts[1]);
        long now = Instant.now().getEpochSecond();
        switch (random.nextInt(7)) {
            case 0 -> claims.putObject("realm_access").putArray("roles").add("ops").add("clinician").add("partner");
            case 1 -> claims.put("exp", now + 86_400);
            case 2 -> claims.put("iss", "https://attacker.example/realms/stillwater");
            case 3 -> claims.put("aud", "somebody-else");
            case 4 -> claims.put("nbf", now + 3_600).put("iat", now + 3_600);
            case 5 -> claims.put("azp", "admin-cli");
            default -> claims.putArray("licensed_states").add("CA").add("NY").add("TX").add("FL").add("WA");
        }
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private String signedWithOwnKey(String token) {
        String[] parts = parts(token);
        String signingInput = parts[0] + "." + parts[1];
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(ownKey.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmacSigned(String token) {
        String[] parts = parts(token);
        ObjectNode header = claims(parts[0]);
        header.put("alg", "HS256");
        String signingInput = encode(header) + "." + parts[1];
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(realmKeys, "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode claims(String part) {
        try {
            return (ObjectNode) JSON.readTree(BASE64URL_DECODER.decode(part));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(JsonNode json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the token's {@code exp} has passed (its client issues tokens that live two seconds). */
    private static String expired(String token) {
        long expiry = claims(parts(token)[1]).path("exp").asLong();
        while (Instant.now().getEpochSecond() <= expiry + 1) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    private void createRolelessUser(String admin) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", ROLELESS_USER);
        user.put("enabled", true);
        user.put("email", ROLELESS_USER + "@stillwater.example");
        user.put("emailVerified", true);
        user.put("firstName", "Rolf");
        user.put("lastName", "Roleless");
        user.put("credentials", List.of(Map.of("type", "password", "value", DemoAccounts.PASSWORD, "temporary", false)));
        create(admin, "/users", user);
    }

    /** Added as an operator adds a client the services should accept (see the README): with the Stillwater audience. */
    private void createShortLivedClient(String admin) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", SHORT_LIVED_CLIENT);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("attributes", Map.of("access.token.lifespan", "2"));
        client.put("protocolMappers", List.of(Map.of("name", "stillwater-audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "stillwater", "access.token.claim", "true", "id.token.claim", "false"))));
        create(admin, "/clients", client);
    }

    private void create(String admin, String collection, Map<String, Object> representation) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.keycloakUrl() + "/admin/realms/" + Target.REALM + collection))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation)));
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("creating " + collection + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200);
        try {
            return JSON.readTree(answer).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
