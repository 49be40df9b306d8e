package org.stillwater.checkin.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.edge.security.PatientScope;

/**
 * A patient as this service knows them, from {@code EvaluationApproved}: who may see them (partner, state of
 * residence), the approved protocol's limits and the baseline PHQ-9/GAD-7. Unknown until the approval arrives.
 */
@Entity
public class Patient extends PanacheEntityBase {

    @Id
    public UUID id;
    public String partnerId;
    public String state;
    public UUID evaluationId;
    public Instant approvedAt;
    public String approvedBy;
    public int maxDoseMgPerSession;
    public int minHoursBetweenSessions;
    public int baselinePhq9;
    public int baselineGad7;

    /** A patient this service has not learned of yet: only the id, until an approval is applied. */
    public static Patient unknown(UUID id) {
        Patient patient = new Patient();
        patient.id = id;
        return patient;
    }

    public PatientScope scope() {
        return new PatientScope(id, partnerId, state);
    }
}
