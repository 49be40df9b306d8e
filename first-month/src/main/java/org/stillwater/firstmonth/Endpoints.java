package org.stillwater.firstmonth;

import java.util.List;
import org.stillwater.launcher.Platform;
import org.stillwater.launcher.service.ServiceName;

/** Where a running platform answers. */
public record Endpoints(String intake, String prescription, String session, String checkin, String realm, String bootstrapServers) {

    /** The run command's defaults (./stillwater up). */
    public static Endpoints local() {
        return new Endpoints("http://127.0.0.1:8081", "http://127.0.0.1:8082", "http://127.0.0.1:8083", "http://127.0.0.1:8084",
                "http://127.0.0.1:8180/realms/stillwater", "127.0.0.1:9092");
    }

    /** A platform the launcher started (tests). */
    public static Endpoints of(Platform platform) {
        return new Endpoints(platform.service(ServiceName.INTAKE).baseUrl(), platform.service(ServiceName.PRESCRIPTION).baseUrl(),
                platform.service(ServiceName.SESSION).baseUrl(), platform.service(ServiceName.CHECKIN).baseUrl(),
                platform.infrastructure().realmUrl(), platform.infrastructure().bootstrapServers());
    }

    public List<String> services() {
        return List.of(intake, prescription, session, checkin);
    }
}
