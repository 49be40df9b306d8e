package org.stillwater.edge.testapp;

import java.util.List;
import org.stillwater.contracts.EventData;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/** The test application's rule, framework-free like the services' rules: a note's dose is at most 300 mg. */
public final class NotePolicy {

    public static final int MAX_DOSE_MG = 300;

    private NotePolicy() {
    }

    /** Done, announcing nothing; or refused (422 {@code note-refused}) when the dose is above {@value #MAX_DOSE_MG} mg. */
    public static Transition<EventData> decide(NoteRequest request) {
        if (request.doseMg() > MAX_DOSE_MG) {
            return Transition.refused(Refused.byRules("note-refused", "the note", List.of(new Refusal("doseMg",
                    "dose-above-maximum", request.doseMg() + " mg is above the maximum of " + MAX_DOSE_MG + " mg"))));
        }
        return Transition.done();
    }
}
