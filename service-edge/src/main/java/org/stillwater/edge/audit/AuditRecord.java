package org.stillwater.edge.audit;

import java.util.UUID;

/** One audit row: who (actor, role) did what (action on resource) to whose data (patient), and the outcome. */
public record AuditRecord(String correlationId, String actor, String actorRole, UUID patientId, String action,
                          String resource, int status, String outcome) {

    /** SUCCESS for 2xx/3xx; DENIED for 401, 403 and 404 (who is not allowed never learns more); REFUSED for other 4xx. */
    public static String outcome(int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        if (status == 401 || status == 403 || status == 404) {
            return "DENIED";
        }
        return status < 500 ? "REFUSED" : "ERROR";
    }
}
