package org.stillwater.intake.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient as the API shows them. */
public record PatientView(
        UUID patientId,
        String partnerId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String stateOfResidence,
        PatientRequest.Address shippingAddress,
        PatientRequest.EmergencyContact emergencyContact,
        Instant createdAt) {

    static PatientView of(Patient patient) {
        return new PatientView(patient.id, patient.partnerId, patient.givenName, patient.familyName, patient.dateOfBirth,
                patient.email, patient.phone, patient.stateOfResidence,
                new PatientRequest.Address(patient.shippingLine1, patient.shippingLine2, patient.shippingCity,
                        patient.shippingState, patient.shippingPostalCode),
                new PatientRequest.EmergencyContact(patient.emergencyContactName, patient.emergencyContactPhone,
                        patient.emergencyContactRelation),
                patient.createdAt);
    }
}
