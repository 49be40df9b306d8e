package org.stillwater.webhook.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** A timestamptz column of a native query, whichever Java type the driver chose for it, as an Instant. */
public final class Times {

    private Times() {
    }

    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + column.getClass());
    }
}
