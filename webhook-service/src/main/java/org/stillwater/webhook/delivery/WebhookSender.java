package org.stillwater.webhook.delivery;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.stillwater.webhook.callback.ResolvedCallback;

/**
 * POSTs one webhook with Vert.x's HTTP client to the address that was checked (pinned: the connection goes to that
 * address while the Host header and TLS SNI name the URL's host, so a DNS answer that changes after the check cannot
 * redirect it), follows no redirect, gives up connecting after the connect timeout and on the whole request after
 * the request timeout, and reads at most a few hundred bytes of the answer before dropping the connection.
 * Called from the worker's threads, which wait for the answer.
 */
@ApplicationScoped
public class WebhookSender {

    /** Enough bytes for {@link SendResult#EXCERPT_CHARS} characters of UTF-8. */
    private static final int EXCERPT_BYTES = SendResult.EXCERPT_CHARS * 4;

    @Inject
    Vertx vertx;

    @Inject
    DeliverySettings settings;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(settings.threads())
                .setKeepAlive(true));
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    public SendResult post(ResolvedCallback callback, Map<String, String> headers, String body) {
        URI url = callback.url();
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, callback.address().getHostAddress()))
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(settings.connectTimeout().toMillis());
        headers.forEach(options::putHeader);
        long started = System.nanoTime();
        CompletableFuture<SendResult> answer = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        client.request(options).onFailure(answer::completeExceptionally).onSuccess(request -> {
            sent.set(request);
            request.send(Buffer.buffer(body, StandardCharsets.UTF_8.name())).onFailure(answer::completeExceptionally).onSuccess(response -> {
                Buffer excerpt = Buffer.buffer();
                response.exceptionHandler(answer::completeExceptionally);
                response.handler(chunk -> {
                    int room = EXCERPT_BYTES - excerpt.length();
                    excerpt.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
                    if (excerpt.length() >= EXCERPT_BYTES) {
                        // Enough for the excerpt: the rest of a large body is not read.
                        answer.complete(result(response.statusCode(), started, excerpt));
                        request.reset();
                    }
                });
                response.endHandler(end -> answer.complete(result(response.statusCode(), started, excerpt)));
            });
        });
        try {
            return answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException timedOut) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            return SendResult.noAnswer(millisSince(started), "timed out after " + settings.requestTimeout().toMillis() + " ms");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return SendResult.noAnswer(millisSince(started), cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            return SendResult.noAnswer(millisSince(started), "interrupted");
        }
    }

    private static SendResult result(int status, long started, Buffer body) {
        return new SendResult(status, millisSince(started), null, excerpt(body));
    }

    /** The body's first characters, decoded leniently (a cut multi-byte character becomes U+FFFD), NULs dropped. */
    static String excerpt(Buffer body) {
        String text = new String(body.getBytes(), StandardCharsets.UTF_8).replace("\u0000", "");
        if (text.codePointCount(0, text.length()) > SendResult.EXCERPT_CHARS) {
            text = text.substring(0, text.offsetByCodePoints(0, SendResult.EXCERPT_CHARS));
        }
        return text;
    }

    private static int millisSince(long started) {
        return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
