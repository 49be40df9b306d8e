package org.stillwater.prescription.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.edge.security.PatientScope;

/**
 * A patient this service may prescribe for, as {@code EvaluationApproved} announced them: partner and state
 * (who may see them), the approved protocol's maximum dose, and the address fills are shipped to. The
 * latest approval wins.
 */
@Entity
public class ApprovedPatient extends PanacheEntityBase {

    @Id
    public UUID id;
    public String partnerId;
    public String state;
    public UUID evaluationId;
    public String approvedBy;
    public Instant approvedAt;
    public int maxDoseMgPerSession;
    public String shipToRecipientName;
    public String shipToLine1;
    public String shipToLine2;
    public String shipToCity;
    public String shipToState;
    public String shipToPostalCode;
    /** When the ship-to address was last set (the approval, or the latest ShippingAddressChanged). */
    public Instant shipToSetAt;

    /** A patient this service has no approval of yet: only the id, until an approval is applied. */
    public static ApprovedPatient unknown(UUID id) {
        ApprovedPatient patient = new ApprovedPatient();
        patient.id = id;
        return patient;
    }

    public PatientScope scope() {
        return new PatientScope(id, partnerId, state);
    }

    public ShippingAddress shipTo() {
        return new ShippingAddress(shipToRecipientName, shipToLine1, shipToLine2, shipToCity, shipToState, shipToPostalCode);
    }

    /** Ships fills to {@code address} from now on, unless the address it has was set later than {@code setAt}. */
    public boolean shipTo(ShippingAddress address, Instant setAt) {
        if (shipToSetAt != null && shipToSetAt.isAfter(setAt)) {
            return false;
        }
        shipToRecipientName = address.recipientName();
        shipToLine1 = address.line1();
        shipToLine2 = address.line2();
        shipToCity = address.city();
        shipToState = address.state();
        shipToPostalCode = address.postalCode();
        shipToSetAt = setAt;
        return true;
    }
}
