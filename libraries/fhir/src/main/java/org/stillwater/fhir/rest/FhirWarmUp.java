package org.stillwater.fhir.rest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.stillwater.fhir.FhirJson;

/**
 * Builds the FHIR context in the background once the service has started, off the start-up path (readiness does not
 * wait for it). Otherwise the first {@code /fhir/} request builds it, and that is often one answered on the I/O
 * thread (a missing or bad token's 401 is an OperationOutcome): building it there blocks the event loop for seconds
 * on a loaded machine, and Vert.x logs the blocked thread with a stack trace (found by the hostile-requests test,
 * seed 6543941801931). A request arriving while it is built still waits for it, once.
 */
@ApplicationScoped
public class FhirWarmUp {

    void warm(@Observes StartupEvent started) {
        Thread warming = new Thread(() -> FhirJson.encode(new OperationOutcome()), "fhir-warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
    }
}
