package org.stillwater.intake.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A submitted intake with its screening. Never changed after submission except for its status. */
@Entity
public class Intake extends PanacheEntityBase {

    public enum Status {
        PENDING_EVALUATION,
        APPROVED,
        REJECTED,
        AUTOMATICALLY_REJECTED
    }

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant submittedAt;
    public String submittedBy;
    public int phq9Total;
    public String phq9Severity;
    public int gad7Total;
    public String gad7Severity;
    public int bpSystolic;
    public int bpDiastolic;
    /** The questionnaire as submitted. */
    @JdbcTypeCode(SqlTypes.JSON)
    public IntakeRequest answers;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Flag> flags;
    public boolean urgent;
    /** The patient's state of residence when submitted: it routes the intake to licensed clinicians. */
    public String patientState;

    public boolean isDecided() {
        return status != Status.PENDING_EVALUATION;
    }
}
