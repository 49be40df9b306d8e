package org.stillwater.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stillwater.firstmonth.Endpoints;

/**
 * The services' own view of their endpoints: {@code http_server_requests_seconds} from /q/metrics, read before
 * and after a workload, so the difference says how often each endpoint answered and its mean time inside the
 * service (the journey's client-side figures are per step, and a step may call several endpoints).
 */
final class ServerMetrics {

    private static final Pattern LINE = Pattern.compile(
            "^http_server_requests_seconds_(count|sum)\\{(.*)} ([0-9.eE+-]+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    /** HTTP/1.1: the default h2c upgrade fails on the metrics' megabytes ("Frame type … exceeds MAX_FRAME_SIZE"). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** Requests answered and seconds spent, since the service started. */
    record Counts(double count, double seconds) {
    }

    /** One endpoint of one service in a window: requests, their status and the mean time the service took. */
    record Endpoint(String service, String method, String uri, String status, long requests, double meanMillis) {
    }

    private ServerMetrics() {
    }

    static Map<String, Counts> scrape(Endpoints endpoints) {
        Map<String, Counts> all = new HashMap<>();
        List<String> names = List.of("intake", "prescription", "session", "checkin", "webhook");
        List<String> urls = new java.util.ArrayList<>(endpoints.services());
        urls.add(endpoints.webhook());
        for (int i = 0; i < urls.size(); i++) {
            all.putAll(parse(names.get(i), fetch(urls.get(i) + "/q/metrics")));
        }
        return all;
    }

    static Map<String, Counts> parse(String service, String metrics) {
        Map<String, double[]> values = new HashMap<>();
        for (String line : metrics.split("\n")) {
            Matcher matcher = LINE.matcher(line.trim());
            if (!matcher.matches()) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(matcher.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            String uri = labels.getOrDefault("uri", "");
            if (!uri.startsWith("/api/")) {
                continue;
            }
            String key = String.join("\t", service, labels.getOrDefault("method", ""), uri, labels.getOrDefault("status", ""));
            double[] pair = values.computeIfAbsent(key, k -> new double[2]);
            pair[matcher.group(1).equals("count") ? 0 : 1] = Double.parseDouble(matcher.group(3));
        }
        Map<String, Counts> counts = new HashMap<>();
        values.forEach((key, pair) -> counts.put(key, new Counts(pair[0], pair[1])));
        return counts;
    }

    /** What happened between the two readings, busiest endpoints first. */
    static List<Endpoint> difference(Map<String, Counts> before, Map<String, Counts> after) {
        List<Endpoint> endpoints = new ArrayList<>();
        after.forEach((key, now) -> {
            Counts then = before.getOrDefault(key, new Counts(0, 0));
            long requests = Math.round(now.count() - then.count());
            if (requests > 0) {
                String[] parts = key.split("\t");
                endpoints.add(new Endpoint(parts[0], parts[1], parts[2], parts[3], requests,
                        (now.seconds() - then.seconds()) * 1000 / requests));
            }
        });
        endpoints.sort(Comparator.comparingLong(Endpoint::requests).reversed().thenComparing(Endpoint::uri));
        return endpoints;
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(url + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
