package org.stillwater.intake.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stillwater.intake.screening.FlagCode;

/** A clinician's decision on an intake: one per intake. The protocol is set on approval only. */
@Entity
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID intakeId;
    public UUID patientId;
    public String clinicianId;
    public String clinicianNpi;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    @Enumerated(EnumType.STRING)
    public Modality modality;
    public LocalDate inPersonEvaluationOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FlagCode> acknowledgedFlags;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RejectionReason> rejectionReasons;
    public Integer maxDoseMgPerSession;
    public Integer minHoursBetweenSessions;
    public Boolean sitterRequired;
    public Integer bpLimitSystolic;
    public Integer bpLimitDiastolic;
    public String notes;
    public Instant decidedAt;
}
