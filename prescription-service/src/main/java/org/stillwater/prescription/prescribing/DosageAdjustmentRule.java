package org.stillwater.prescription.prescribing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stillwater.regulatory.dea.DeaNumber;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Turns a check-in's new dose per session into lozenges of the active prescription's strength. The dose must
 * be a whole number of lozenges (checkin-service validates ADJUST against the current strength; a dose that
 * is not is never rounded: the prescription stays as it is and the adjustment is recorded as not applied),
 * within the approved protocol's maximum, 1 to 10 lozenges, and no more than one fill holds; and the adjusting
 * clinician, whose prescription the new one is, needs a valid DEA registration of a prescriber ({@link DeaNumber};
 * checkin-service, which knows the clinician's name, also matches its initial before it sends the adjustment).
 */
public final class DosageAdjustmentRule {

    public static final int MAX_UNITS_PER_SESSION = 10;

    /** The lozenges per session for the new dose, or every reason it cannot be prescribed. */
    public record DoseChange(int unitsPerSession, List<Refusal> refusals) {

        public boolean applicable() {
            return refusals.isEmpty();
        }
    }

    private DosageAdjustmentRule() {
    }

    public static DoseChange unitsFor(int doseMg, int strengthMg, int quantityPerFill, int protocolMaxDoseMg, String prescriberDeaNumber) {
        List<Refusal> refusals = new ArrayList<>();
        DeaNumber.prescriberProblems(prescriberDeaNumber, Optional.empty()).forEach(problem -> refusals.add(
                new Refusal("clinicianDeaNumber", problem.code(), "the adjusting clinician's DEA number " + problem.message())));
        if (doseMg > protocolMaxDoseMg) {
            refusals.add(new Refusal("doseMgPerSession", "dose-above-protocol-maximum",
                    doseMg + " mg per session is above the approved protocol's maximum of " + protocolMaxDoseMg + " mg"));
        }
        int units = doseMg / strengthMg;
        if (doseMg % strengthMg != 0) {
            refusals.add(new Refusal("doseMgPerSession", "not-whole-lozenges",
                    doseMg + " mg is not a whole number of " + strengthMg + " mg lozenges"));
        } else if (units < 1 || units > MAX_UNITS_PER_SESSION) {
            refusals.add(new Refusal("doseMgPerSession", "units-per-session-out-of-range",
                    doseMg + " mg is " + units + " lozenges of " + strengthMg + " mg: 1 to " + MAX_UNITS_PER_SESSION + " per session"));
        } else if (units > quantityPerFill) {
            refusals.add(new Refusal("doseMgPerSession", "quantity-below-one-session",
                    "a fill of " + quantityPerFill + " cannot cover one session of " + units + " lozenges"));
        }
        return new DoseChange(units, refusals);
    }
}
