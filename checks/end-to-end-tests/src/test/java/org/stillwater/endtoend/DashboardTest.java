package org.stillwater.endtoend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.testing.SharedPlatform;

/** Every metric the Grafana dashboard queries exists in a scrape of the running services. */
class DashboardTest {

    private static final Pattern METRIC = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*(\\{|\\[)");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "rate", "sum", "max", "min", "histogram_quantile", "le", "without");

    @Test
    void theDashboardsQueriesNameMetricsTheServicesExpose() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(PlatformLayout.checkoutRoot()
                .resolve(Path.of("deploy", "grafana", "stillwater-dashboard.json")).toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher matcher = METRIC.matcher(target.path("expr").asText());
                while (matcher.find()) {
                    if (!PROMQL_WORDS.contains(matcher.group(1))) {
                        queried.add(matcher.group(1));
                    }
                }
            }
        }
        Set<String> exposed = new HashSet<>();
        String ops = SharedPlatform.tokens().user(DemoAccounts.OPS);
        for (ServiceName service : ServiceName.values()) {
            given().baseUri(SharedPlatform.url(service)).auth().oauth2(ops).get("/api/v1/dev/clock").then().statusCode(200);
            String scrape = given().baseUri(SharedPlatform.url(service)).get("/q/metrics").then().statusCode(200).extract().asString();
            scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]")[0]).forEach(exposed::add);
        }
        List<String> missing = queried.stream().filter(metric -> !exposed.contains(metric)).toList();
        assertTrue(!queried.isEmpty() && missing.isEmpty(), "the dashboard queries metrics no service exposes: " + missing);
    }
}
