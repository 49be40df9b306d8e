package org.stillwater.contracts;

/**
 * A message that does not honour the event contracts: it can never be handled, however often it is retried. It
 * carries no stack trace: it is an expected outcome of consuming what anyone may have written on a topic, and the
 * messaging layer logs it with the record's place, which says more than thirty frames would, once per consumer.
 */
public class ContractViolation extends RuntimeException {

    public ContractViolation(String message) {
        super(message, null, false, false);
    }
}
