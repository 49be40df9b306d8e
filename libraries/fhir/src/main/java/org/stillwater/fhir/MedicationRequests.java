package org.stillwater.fhir;

import java.time.Instant;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UnsignedIntType;

/** A ketamine prescription (DEA Schedule III) as a MedicationRequest (prescription-service owns the record). */
public final class MedicationRequests {

    private MedicationRequests() {
    }

    /**
     * What a prescription says.
     *
     * @param active             false once cancelled (superseded by a new dose, cancelled by a clinician, treatment discontinued)
     * @param cancellationReason why it stopped, or null while active
     * @param doseMgPerSession   mg of ketamine a session (units per session × strength)
     * @param quantityPerFill    lozenges a fill
     * @param refills            refills authorised (fills after the first)
     * @param validUntil         the end of the last fill day in the patient's state: no fill after it
     * @param clinicianNpi       the prescriber's NPI, or null
     * @param supersedes         the prescription this one replaced at a dose adjustment, or null
     */
    public record Prescribed(UUID id, UUID patientId, boolean active, String cancellationReason, String product, int strengthMg,
                             int unitsPerSession, int doseMgPerSession, int quantityPerFill, int refills, String directions,
                             Instant issuedAt, Instant validUntil, String clinicianId, String clinicianNpi, String pharmacyId,
                             UUID supersedes) {
    }

    public static MedicationRequest medicationRequest(Prescribed prescribed) {
        MedicationRequest request = new MedicationRequest();
        request.setId(prescribed.id().toString());
        request.addExtension(new Extension(Codes.DEA_SCHEDULE_EXTENSION,
                new Coding(Codes.DEA_SCHEDULE, "CIII", "Schedule III")));
        request.setStatus(prescribed.active() ? MedicationRequest.MedicationRequestStatus.ACTIVE
                : MedicationRequest.MedicationRequestStatus.STOPPED);
        if (!prescribed.active() && prescribed.cancellationReason() != null) {
            request.setStatusReason(new CodeableConcept().setText(prescribed.cancellationReason()));
        }
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.setMedication(Ketamine.code(prescribed.product() + " " + prescribed.strengthMg() + " mg"));
        request.setSubject(References.patient(prescribed.patientId()));
        request.setAuthoredOnElement(Times.dateTime(prescribed.issuedAt()));
        request.setRequester(References.clinician(prescribed.clinicianId(), prescribed.clinicianNpi()));
        Dosage dosage = request.addDosageInstruction();
        dosage.setText(prescribed.directions());
        dosage.setRoute(new CodeableConcept().setText("sublingual"));
        dosage.addDoseAndRate().setDose(Units.milligrams(prescribed.doseMgPerSession()));
        dosage.setMaxDosePerAdministration(Units.milligrams(prescribed.doseMgPerSession()));
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        dispense.setValidityPeriod(new Period().setStartElement(Times.dateTime(prescribed.issuedAt()))
                .setEndElement(Times.dateTime(prescribed.validUntil())));
        dispense.setNumberOfRepeatsAllowedElement(new UnsignedIntType(prescribed.refills()));
        dispense.setQuantity(Units.lozenges(prescribed.quantityPerFill()));
        dispense.setPerformer(References.pharmacy(prescribed.pharmacyId()));
        if (prescribed.supersedes() != null) {
            request.setPriorPrescription(new Reference("MedicationRequest/" + prescribed.supersedes()));
        }
        return request;
    }
}
