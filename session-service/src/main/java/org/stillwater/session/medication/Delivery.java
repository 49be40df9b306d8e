package org.stillwater.session.medication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A signed delivery: its units are now on hand. One row per shipment, so they are counted once. */
@Entity
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID shipmentId;
    public UUID patientId;
    public UUID prescriptionId;
    public int fillNumber;
    public int unitsDelivered;
    public Instant deliveredAt;
    public Instant recordedAt;
}
