package org.stillwater.edge.security;

import java.util.UUID;

/** What a service knows about a patient that decides who may see them: their id, partner and state of residence. */
public record PatientScope(UUID patientId, String partnerId, String state) {
}
