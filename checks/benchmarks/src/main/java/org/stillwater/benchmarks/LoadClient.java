package org.stillwater.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The open-model workloads' HTTP client (java.net.http, HTTP/1.1 with keep-alive): asynchronous, so a slow
 * answer never holds back the next request of the schedule. Writes carry an Idempotency-Key, as a careful
 * client's do; a request not answered within {@link #TIMEOUT} is an error.
 */
final class LoadClient {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * The client's own tasks (setting up an exchange and writing the request on the sending thread, reading the answer
     * on the selector thread) run inline instead of on a pool each exchange would hop to and from: about 40 % less CPU per
     * request measured alone on 2 cores, with no rise in send lag seen in the benchmark. Our callbacks do not run there:
     * {@code sendAsync} completes on CompletableFuture's default executor, whatever this one is.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Runnable::run)
            .build();

    /** POST of a JSON body, with a bearer token unless {@code token} is null. */
    CompletableFuture<HttpResponse<String>> post(String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
