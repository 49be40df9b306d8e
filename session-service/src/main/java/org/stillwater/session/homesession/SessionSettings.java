package org.stillwater.session.homesession;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Session log settings (stillwater.session.*), each overridable by its environment variable. */
@ConfigMapping(prefix = "stillwater.session")
public interface SessionSettings {

    /** A started session not completed within this many hours is closed as ABANDONED. */
    int abandonAfterHours();

    /** How often the abandonment job looks for such sessions (e.g. 60s). */
    String abandonmentCheckEvery();

    default Duration abandonAfter() {
        return Duration.ofHours(abandonAfterHours());
    }
}
