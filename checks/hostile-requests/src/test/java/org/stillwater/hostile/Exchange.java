package org.stillwater.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.stillwater.launcher.service.ServiceName;

/**
 * Sends a hostile request and gathers what it got and left: the answer within the time bound, the audit rows
 * with its correlation id, and how much the service's log grew meanwhile.
 */
final class Exchange {

    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");

    private final Target target;
    private final Credentials credentials;
    private final Duration timeBound;
    private final String run;
    private final AtomicLong sent = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Exchange(Target target, Credentials credentials, Duration timeBound) {
        this.target = target;
        this.credentials = credentials;
        this.timeBound = timeBound;
        this.run = Long.toString(System.currentTimeMillis(), 36);
    }

    /** How many requests were sent. */
    long sent() {
        return sent.get();
    }

    Answer send(HostileRequest request) {
        return send(new Call(request.operation().service(), request.operation().method(), request.target(),
                credentials.authorization(request.caller(), request.forgery()), request.body().bytes(), request.body().contentType()));
    }

    /**
     * One request as it goes on the wire.
     *
     * @param target        the path, percent-encoded, and the query string
     * @param authorization the {@code Authorization} header, if any
     */
    record Call(ServiceName service, String method, String target, Optional<String> authorization, Optional<byte[]> body,
                String contentType) {
    }

    Answer send(Call call) {
        String correlationId = "hostile-" + run + "-" + sent.incrementAndGet();
        Path log = target.log(call.service());
        long logBefore = size(log);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target.url(call.service()) + call.target()))
                .timeout(timeBound)
                .header("X-Correlation-Id", correlationId)
                .header("Accept", "application/json, application/problem+json");
        call.authorization().ifPresent(value -> builder.header("Authorization", value));
        if (call.body().isPresent()) {
            builder.header("Content-Type", call.contentType());
            builder.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body().get()));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        long started = System.nanoTime();
        int status;
        String contentType = "";
        String body = "";
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
            byte[] received = response.body();
            body = new String(received, 0, Math.min(received.length, MAX_BODY), StandardCharsets.UTF_8);
        } catch (HttpTimeoutException noAnswer) {
            status = Answer.NONE;
        } catch (IOException closed) {
            status = Answer.CLOSED;
            body = closed.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String grown = grownSince(log, logBefore);
        return new Answer(status, contentType, body, elapsed, auditActors(call.service(), correlationId),
                size(log) - logBefore, STACK_FRAME.matcher(grown).find(), grown);
    }

    private List<String> auditActors(ServiceName service, String correlationId) {
        try (Connection connection = target.database(service);
             PreparedStatement query = connection.prepareStatement("select actor from audit_log where correlation_id = ?")) {
            query.setString(1, correlationId);
            List<String> actors = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actors.add(rows.getString(1));
                }
            }
            return actors;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the audit rows of " + correlationId + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was appended to the log since {@code offset}, at most 64 kB of it. */
    private static String grownSince(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = Math.min(file.length() - offset, MAX_BODY);
            if (length <= 0) {
                return "";
            }
            byte[] grown = new byte[(int) length];
            file.seek(offset);
            file.readFully(grown);
            return new String(grown, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
