package org.stillwater.hostile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.stillwater.launcher.InfrastructurePorts;
import org.stillwater.launcher.Platform;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.postgres.PostgresServer;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.testing.SharedPlatform;

/**
 * The platform the hostile requests go to, and where to look at what they left: each service's URL, its
 * database (for the audit rows) and its log file. By default the platform this test JVM starts; with
 * {@code -Dstillwater.hostile.against=running}, the one {@code ./stillwater up} runs from this checkout
 * (its ports from the same {@code STILLWATER_*_PORT} variables).
 */
record Target(Map<ServiceName, String> serviceUrls, String keycloakUrl, int postgresPort, Path logs) {

    static final String REALM = "stillwater";

    static Target fromSystemProperties() {
        return "running".equals(System.getProperty("stillwater.hostile.against")) ? running() : shared();
    }

    private static Target shared() {
        Platform platform = SharedPlatform.get();
        Map<ServiceName, String> urls = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            urls.put(service, platform.service(service).baseUrl());
        }
        String realmUrl = platform.infrastructure().realmUrl();
        String jdbc = platform.infrastructure().jdbcUrl("x");
        int postgresPort = Integer.parseInt(jdbc.substring(jdbc.lastIndexOf(':') + 1, jdbc.lastIndexOf('/')));
        return new Target(urls, realmUrl.substring(0, realmUrl.indexOf("/realms/")), postgresPort, SharedPlatform.layout().logs());
    }

    private static Target running() {
        InfrastructurePorts ports = InfrastructurePorts.defaults();
        Map<ServiceName, String> urls = new EnumMap<>(ServiceName.class);
        Platform.defaultServicePorts().forEach((service, port) -> urls.put(service, "http://" + Ports.LOOPBACK + ":" + port));
        return new Target(urls, "http://" + Ports.LOOPBACK + ":" + ports.keycloak(), ports.postgres(),
                PlatformLayout.forRunCommand().logs());
    }

    String url(ServiceName service) {
        return serviceUrls.get(service);
    }

    String realmUrl() {
        return keycloakUrl + "/realms/" + REALM;
    }

    Path log(ServiceName service) {
        return logs.resolve(service.id() + "-service.log");
    }

    Connection database(ServiceName service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + Ports.LOOPBACK + ":" + postgresPort + "/" + service.id(),
                PostgresServer.username(service.id()), PostgresServer.password(service.id()));
    }
}
