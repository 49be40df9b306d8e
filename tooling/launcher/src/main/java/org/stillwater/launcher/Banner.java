package org.stillwater.launcher;

import org.stillwater.launcher.keycloak.KeycloakServer;
import org.stillwater.launcher.service.ServiceProcess;

/** What the run command prints once everything is ready: where things are and a curl that works. */
final class Banner {

    private Banner() {
    }

    static String ready(Platform platform, PlatformLayout layout) {
        Infrastructure infrastructure = platform.infrastructure();
        StringBuilder text = new StringBuilder("\nStillwater is up.\n\n");
        if (!platform.services().isEmpty()) {
            text.append("Services (Swagger UI, OpenAPI at /q/openapi, health at /q/health, metrics at /q/metrics):\n");
            platform.services().values().stream()
                    .sorted(java.util.Comparator.comparing(ServiceProcess::port))
                    .forEach(service -> text.append(String.format("  %-22s %s/q/swagger-ui   on Java %s%n", service.instance(), service.baseUrl(),
                            ServiceProcess.java().java().version())));
        }
        text.append("Infrastructure:\n");
        text.append("  Keycloak               ").append(infrastructure.keycloakUrl())
                .append(" (admin console: ").append(KeycloakServer.ADMIN_USER).append(" / ").append(KeycloakServer.ADMIN_PASSWORD)
                .append(", realm ").append(KeycloakServer.REALM).append(")\n");
        text.append("  Kafka                  ").append(infrastructure.bootstrapServers()).append('\n');
        text.append("  PostgreSQL             ").append(infrastructure.jdbcUrl("<service>"))
                .append(" (user and password: the database name)\n");
        text.append("  logs                   ").append(layout.logs()).append('\n');
        text.append("\nDemo accounts:\n");
        DemoAccounts.describe().forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("\nTry it (a partner token, then the seeded demo patient):\n");
        text.append("  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=").append(DemoAccounts.ACME_CLIENT)
                .append(" -d client_secret=").append(DemoAccounts.ACME_SECRET).append(" \\\n      ")
                .append(infrastructure.realmUrl()).append("/protocol/openid-connect/token")
                .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
        text.append("  curl -s -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:")
                .append(platform.services().isEmpty() ? 8081 : platform.service(org.stillwater.launcher.service.ServiceName.INTAKE).port())
                .append("/api/v1/patients/").append(DemoAccounts.ALEX_PATIENT_ID).append('\n');
        if (platform.services().containsKey(org.stillwater.launcher.service.ServiceName.WEBHOOK)) {
            text.append("  # events pushed to you instead of polled: subscribe (README \"Webhooks\" shows how to verify them)\n");
            text.append("  curl -s -X POST -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' ")
                    .append(platform.service(org.stillwater.launcher.service.ServiceName.WEBHOOK).baseUrl())
                    .append("/api/v1/webhook-subscriptions \\\n      -d '{\"url\": \"http://127.0.0.1:9999/hooks\"}'\n");
        }
        text.append("\nPress Ctrl-C to stop everything.");
        return text.toString();
    }
}
