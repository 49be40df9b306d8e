package org.stillwater.edge.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.CurrentCaller;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Runs inside the endpoint's transaction ({@code @Transactional} has priority 200), so the key, the change
 * and the stored answer commit together: a crash between them cannot leave a change without its key.
 * A concurrent retry with the same key waits on the key's row and then replays the committed answer.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @AroundInvoke
    Object honourKey(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest(HEADER, "invalid-idempotency-key",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(invocation);
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_key (caller, idempotency_key, fingerprint) values (:caller, :key, :fingerprint)
                        on conflict do nothing""")
                .setParameter("caller", currentCaller.get().subject())
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, fingerprint);
        }
        Object answer = invocation.proceed();
        if (answer instanceof Response response) {
            entityManager.createNativeQuery("""
                            update idempotency_key set status = :status, location = :location, body = :body, media_type = :mediaType
                            where caller = :caller and idempotency_key = :key""")
                    .setParameter("status", response.getStatus())
                    .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                    .setParameter("body", response.hasEntity() ? objectMapper.writeValueAsString(storedForReplay(response.getEntity())) : null)
                    .setParameter("mediaType", response.getMediaType() == null ? null : response.getMediaType().toString())
                    .setParameter("caller", currentCaller.get().subject())
                    .setParameter("key", key)
                    .executeUpdate();
        }
        return answer;
    }

    private static Object storedForReplay(Object entity) {
        return entity instanceof StoredForReplay answer ? answer.forReplay() : entity;
    }

    private Response replay(String key, String fingerprint) {
        Object[] stored = (Object[]) entityManager.createNativeQuery("""
                        select fingerprint, status, location, body, media_type from idempotency_key
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("caller", currentCaller.get().subject())
                .setParameter("key", key)
                .getSingleResult();
        if (!fingerprint.equals(stored[0])) {
            throw ProblemException.ruleViolation("idempotency-key-reused",
                    "this Idempotency-Key was already used with a different request",
                    List.of(new Refusal(HEADER, "idempotency-key-reused",
                            "send a new key for a different request")));
        }
        Response.ResponseBuilder replay = Response.status(((Number) stored[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (stored[2] != null) {
            replay.header("Location", stored[2]);
        }
        if (stored[3] != null) {
            replay.entity(stored[3]).type(stored[4] == null ? MediaType.APPLICATION_JSON_TYPE : MediaType.valueOf((String) stored[4]));
        }
        return replay.build();
    }

    /** The endpoint and its arguments (path parameters and the parsed body), so formatting differences do not matter. */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
        String endpoint = invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName();
        String arguments = objectMapper.writeValueAsString(Arrays.asList(invocation.getParameters()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((endpoint + "\n" + arguments).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
