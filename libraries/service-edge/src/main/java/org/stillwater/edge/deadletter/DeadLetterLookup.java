package org.stillwater.edge.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.stillwater.edge.audit.AuditTrail;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.messaging.deadletter.DeadLetter;
import org.stillwater.messaging.deadletter.DeadLetterDetail;
import org.stillwater.messaging.deadletter.DeadLetters;

/**
 * Loads the dead letter a path names for the dead-letter resources, and names its patient in the audit trail, so
 * every call on a dead letter is audited against the patient it is about.
 */
@ApplicationScoped
public class DeadLetterLookup {

    @Inject
    DeadLetters deadLetters;

    @Inject
    AuditTrail audit;

    /**
     * @throws ProblemException 400 when {@code deadLetterId} is not a UUID, 404 when there is no such dead letter
     */
    public DeadLetterDetail detail(String deadLetterId) {
        UUID id = Ids.uuid("deadLetterId", deadLetterId);
        DeadLetterDetail detail = deadLetters.detail(id).orElseThrow(() -> ProblemException.notFound("dead letter " + id));
        named(detail.deadLetter());
        return detail;
    }

    /**
     * The dead letter, locked until the transaction ends, that an operator may still resolve.
     *
     * @throws ProblemException 400 when {@code deadLetterId} is not a UUID, 404 when there is no such dead letter,
     *                          409 when it is not open ({@link DeadLetterResolutionPolicy#refusal})
     */
    public DeadLetter open(String deadLetterId) {
        UUID id = Ids.uuid("deadLetterId", deadLetterId);
        DeadLetter letter = deadLetters.locked(id).orElseThrow(() -> ProblemException.notFound("dead letter " + id));
        named(letter);
        DeadLetterResolutionPolicy.refusal(letter).ifPresent(refused -> {
            throw ProblemException.of(refused);
        });
        return letter;
    }

    private void named(DeadLetter letter) {
        if (letter.patientId() != null) {
            audit.patient(letter.patientId());
        }
    }
}
