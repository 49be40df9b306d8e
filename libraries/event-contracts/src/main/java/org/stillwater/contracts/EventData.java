package org.stillwater.contracts;

import java.util.UUID;

/** The {@code data} of every event: each one is about exactly one patient. */
public interface EventData {

    UUID patientId();
}
