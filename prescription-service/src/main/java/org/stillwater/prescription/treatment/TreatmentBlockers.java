package org.stillwater.prescription.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * What stops fills for a patient (DESIGN §6): treatment paused, discontinued, or held after a severe adverse
 * event (one reason per hold, naming the adverse event whose check-in must lift it).
 */
public record TreatmentBlockers(TreatmentStatus status, List<UUID> activeHolds) {

    public static final TreatmentBlockers NONE = new TreatmentBlockers(TreatmentStatus.ACTIVE, List.of());

    public TreatmentBlockers {
        activeHolds = List.copyOf(activeHolds);
    }

    public List<Refusal> reasons() {
        List<Refusal> reasons = new ArrayList<>();
        if (status == TreatmentStatus.DISCONTINUED) {
            reasons.add(new Refusal("treatment", "treatment-discontinued", "treatment was discontinued: no further fills"));
        }
        if (status == TreatmentStatus.PAUSED) {
            reasons.add(new Refusal("treatment", "treatment-paused", "treatment is paused: no fills until it is resumed"));
        }
        activeHolds.forEach(hold -> reasons.add(new Refusal("treatment", "adverse-event-hold",
                "fills are held after adverse event " + hold + " until its URGENT check-in lifts the hold")));
        return reasons;
    }
}
