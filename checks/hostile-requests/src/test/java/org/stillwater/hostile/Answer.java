package org.stillwater.hostile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a hostile request got, and what it left behind.
 *
 * @param status        the HTTP status; {@link #NONE} when no answer came within the time bound, {@link #CLOSED} when the
 *                      connection ended without one
 * @param contentType   the answer's media type, without parameters
 * @param body          the answer's body (cut at 64 kB)
 * @param elapsed       from sending to the whole answer
 * @param auditActors   the actor of each audit row written for the request's correlation id
 * @param logGrowth     bytes the service's log grew by while answering
 * @param loggedStackTrace whether those bytes hold a stack trace
 * @param logged        what the service logged meanwhile (at most 64 kB of it)
 */
record Answer(int status, String contentType, String body, Duration elapsed, List<String> auditActors, long logGrowth,
              boolean loggedStackTrace, String logged) {

    static final int NONE = 0;
    static final int CLOSED = -1;

    /** The first line the service logged meanwhile, for a report. */
    Optional<String> logExcerpt() {
        return logged.lines().filter(line -> !line.isBlank()).findFirst()
                .map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line);
    }

    boolean timedOut() {
        return status == NONE;
    }
}
