package org.stillwater.fhir;

import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** A registered patient as a FHIR Patient (intake-service owns the record). */
public final class Patients {

    private static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";

    private Patients() {
    }

    /**
     * What intake-service knows of a patient. Stillwater does not collect administrative gender, so the
     * Patient has none (R4 allows it; US Core requires it, see the fhir module's README).
     *
     * @param address the shipping address, which is where the patient lives for their fills (line2 may be null)
     */
    public record Demographics(UUID id, String partnerId, String givenName, String familyName, LocalDate birthDate,
                               String email, String phone, PostalAddress address, EmergencyContact emergencyContact) {
    }

    public record PostalAddress(String line1, String line2, String city, String state, String postalCode) {
    }

    /** @param relationship the patient's words for the relation (e.g. "partner"), kept as text */
    public record EmergencyContact(String name, String phone, String relationship) {
    }

    public static Patient patient(Demographics demographics) {
        Patient patient = new Patient();
        patient.setId(demographics.id().toString());
        patient.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(Codes.STILLWATER_PATIENT_ID).setValue(demographics.id().toString()));
        patient.setActive(true);
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(demographics.familyName()).addGiven(demographics.givenName()));
        patient.setBirthDateElement(new DateType(demographics.birthDate().toString()));
        if (demographics.email() != null && !demographics.email().isBlank()) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(demographics.email()));
        }
        if (demographics.phone() != null && !demographics.phone().isBlank()) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(demographics.phone()));
        }
        PostalAddress home = demographics.address();
        Address address = new Address().setUse(Address.AddressUse.HOME).setType(Address.AddressType.POSTAL)
                .setCity(home.city()).setState(home.state()).setPostalCode(home.postalCode()).setCountry("US");
        address.addLine(home.line1());
        if (home.line2() != null && !home.line2().isBlank()) {
            address.addLine(home.line2());
        }
        patient.addAddress(address);
        EmergencyContact contact = demographics.emergencyContact();
        if (contact != null) {
            Patient.ContactComponent component = patient.addContact();
            component.addRelationship(new CodeableConcept(new Coding(CONTACT_ROLE, "C", "Emergency Contact")));
            component.addRelationship(new CodeableConcept().setText(contact.relationship()));
            component.setName(new HumanName().setText(contact.name()));
            component.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(contact.phone()));
        }
        patient.setManagingOrganization(new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(Codes.STILLWATER_PARTNER_ID).setValue(demographics.partnerId()))
                .setDisplay("partner " + demographics.partnerId()));
        return patient;
    }
}
