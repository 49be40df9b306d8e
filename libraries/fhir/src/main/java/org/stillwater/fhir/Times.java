package org.stillwater.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;

/** Stillwater's instants as FHIR dateTime and instant values, in UTC to the millisecond. */
public final class Times {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Times() {
    }

    public static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }

    public static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }
}
