package org.stillwater.fhir;

import java.time.Instant;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.Reference;

/** A delivered fill as a MedicationDispense: the lot, the quantity and when it was handed over (prescription-service). */
public final class MedicationDispenses {

    private static final String MEDICATION = "ketamine";

    private MedicationDispenses() {
    }

    /**
     * A fill the pharmacy dispatched and the carrier delivered.
     *
     * @param fillNumber    1 for the first fill, 2 for the first refill, …
     * @param quantity      lozenges dispensed
     * @param dispatchedAt  when the pharmacy prepared and dispatched it
     * @param deliveredAt   when it was signed for (handed over)
     */
    public record DeliveredFill(UUID id, UUID patientId, UUID prescriptionId, String pharmacyId, int fillNumber, String product,
                                int strengthMg, String lotNumber, int quantity, Instant dispatchedAt, Instant deliveredAt) {
    }

    /**
     * The fill as a completed MedicationDispense. Its two times come from two clocks: the dispatch is when the
     * pharmacist recorded it on ours, the handover is the carrier's signature time as the pharmacy reports it
     * (ours may be up to 5 minutes ahead, and in the dev and test profiles a simulated time far ahead). FHIR
     * requires the handover not to precede the preparation (invariant mdd-1); when the clocks disagree that way,
     * the signed handover is kept and {@code whenPrepared} is left out rather than altered.
     */
    public static MedicationDispense medicationDispense(DeliveredFill fill) {
        MedicationDispense dispense = new MedicationDispense();
        dispense.setId(fill.id().toString());
        dispense.addContained(Ketamine.lozenge(MEDICATION, fill.product(), fill.strengthMg(), fill.lotNumber()));
        dispense.setMedication(new Reference("#" + MEDICATION));
        dispense.setStatus(MedicationDispense.MedicationDispenseStatus.COMPLETED);
        dispense.setSubject(References.patient(fill.patientId()));
        dispense.addAuthorizingPrescription(new Reference("MedicationRequest/" + fill.prescriptionId()));
        dispense.addPerformer().setActor(References.pharmacy(fill.pharmacyId()));
        dispense.setType(new CodeableConcept(fill.fillNumber() == 1 ? new Coding(Codes.ACT_CODE, "FF", "First Fill")
                : new Coding(Codes.ACT_CODE, "RF", "Refill")).setText("fill " + fill.fillNumber()));
        dispense.setQuantity(Units.lozenges(fill.quantity()));
        if (!fill.dispatchedAt().isAfter(fill.deliveredAt())) {
            dispense.setWhenPreparedElement(Times.dateTime(fill.dispatchedAt()));
        }
        dispense.setWhenHandedOverElement(Times.dateTime(fill.deliveredAt()));
        return dispense;
    }
}
