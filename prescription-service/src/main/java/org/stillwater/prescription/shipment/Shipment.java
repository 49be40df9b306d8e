package org.stillwater.prescription.shipment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.intake.ShippingAddress;

/**
 * A fill of a prescription and its shipment to the patient. Dispatched, it is the dispensing record 21 CFR
 * 1306.22 asks for: the date, the quantity dispensed, the dispensing pharmacist's initials and the fill
 * number, with carrier, tracking and lot. Never deleted.
 */
@Entity
public class Shipment extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID prescriptionId;
    public UUID lineageId;
    public UUID patientId;
    public String pharmacyId;
    public String pharmacyDeaRegistration;
    public int fillNumber;
    public String medication;
    public int strengthMg;
    public int quantity;
    public String shipToRecipientName;
    public String shipToLine1;
    public String shipToLine2;
    public String shipToCity;
    public String shipToState;
    public String shipToPostalCode;
    public boolean adultSignatureRequired;
    @Enumerated(EnumType.STRING)
    public ShipmentStatus status;
    public Instant requestedAt;
    public String requestedBy;
    public String requestedByRole;
    /** The patient's units on hand when the fill was released (refills). */
    public Integer unitsOnHandAtRequest;
    /** A clinician's written reason for releasing a refill while the units on hand covered more than one session. */
    public String onHandOverrideReason;
    public String carrier;
    public String trackingNumber;
    public String lotNumber;
    public Integer quantityDispensed;
    public String pharmacistInitials;
    public String dispatchedBy;
    public Instant dispatchedAt;
    public String signedBy;
    public Instant deliveredAt;
    public String deliveryRecordedBy;
    public Instant deliveryRecordedAt;
    @Enumerated(EnumType.STRING)
    public FailureReason failureReason;
    public String failureRecordedBy;
    public Instant failedAt;
    @Enumerated(EnumType.STRING)
    public ShipmentCancellationReason cancellationReason;
    public Instant cancelledAt;
    /** When the shipment, still requested, was raised to ops as stalled (StuckShipments); null until then. */
    public Instant stalledAt;

    public ShippingAddress shipTo() {
        return new ShippingAddress(shipToRecipientName, shipToLine1, shipToLine2, shipToCity, shipToState, shipToPostalCode);
    }
}
