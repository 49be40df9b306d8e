package org.stillwater.intake.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.stillwater.contracts.intake.ShippingAddress;
import org.stillwater.edge.security.PatientScope;

/** A patient registered by a partner: demographics, state of residence, shipping address, emergency contact. */
@Entity
public class Patient extends PanacheEntityBase {

    @Id
    public UUID id;
    public String partnerId;
    public String givenName;
    public String familyName;
    public LocalDate dateOfBirth;
    public String email;
    public String phone;
    public String stateOfResidence;
    public String shippingLine1;
    public String shippingLine2;
    public String shippingCity;
    public String shippingState;
    public String shippingPostalCode;
    public String emergencyContactName;
    public String emergencyContactPhone;
    public String emergencyContactRelation;
    public Instant createdAt;
    public String createdBy;

    public PatientScope scope() {
        return new PatientScope(id, partnerId, stateOfResidence);
    }

    /** The address a pharmacy ships to, with the patient's name as the recipient who signs. */
    public ShippingAddress shippingAddress() {
        return new ShippingAddress(givenName + " " + familyName, shippingLine1, shippingLine2, shippingCity, shippingState, shippingPostalCode);
    }
}
