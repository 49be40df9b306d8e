package org.stillwater.session.adverse;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A reported adverse event. The description is free text and never leaves this service. Never deleted. */
@Entity
public class AdverseEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID sessionId;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    public AdverseEventCategory category;
    public String description;
    public boolean holdPlaced;
    public Instant reportedAt;
    public String reportedBy;
    public String reporterRole;
}
