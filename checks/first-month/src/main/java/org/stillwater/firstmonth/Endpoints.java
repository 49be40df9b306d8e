package org.stillwater.firstmonth;

import java.util.List;
import java.util.Map;
import org.stillwater.launcher.InfrastructurePorts;
import org.stillwater.launcher.Platform;
import org.stillwater.launcher.service.ServiceName;

/** Where a running platform answers. */
public record Endpoints(String intake, String prescription, String session, String checkin, String webhook, String realm,
                        String bootstrapServers) {

    /** Where ./stillwater up runs the platform: its default ports, or the STILLWATER_*_PORT variables it was started with. */
    public static Endpoints local() {
        Map<ServiceName, Integer> services = Platform.defaultServicePorts();
        InfrastructurePorts infrastructure = InfrastructurePorts.defaults();
        return new Endpoints(local(services.get(ServiceName.INTAKE)), local(services.get(ServiceName.PRESCRIPTION)),
                local(services.get(ServiceName.SESSION)), local(services.get(ServiceName.CHECKIN)), local(services.get(ServiceName.WEBHOOK)),
                local(infrastructure.keycloak()) + "/realms/stillwater", "127.0.0.1:" + infrastructure.kafka());
    }

    private static String local(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** A platform the launcher started (tests). */
    public static Endpoints of(Platform platform) {
        return new Endpoints(platform.service(ServiceName.INTAKE).baseUrl(), platform.service(ServiceName.PRESCRIPTION).baseUrl(),
                platform.service(ServiceName.SESSION).baseUrl(), platform.service(ServiceName.CHECKIN).baseUrl(),
                platform.service(ServiceName.WEBHOOK).baseUrl(), platform.infrastructure().realmUrl(), platform.infrastructure().bootstrapServers());
    }

    /**
     * The four clinical services, whose simulated clocks the journey moves together; not webhook-service, which
     * signs every delivery with the real time (a receiver refuses a timestamp more than 5 minutes off).
     */
    public List<String> services() {
        return List.of(intake, prescription, session, checkin);
    }
}
