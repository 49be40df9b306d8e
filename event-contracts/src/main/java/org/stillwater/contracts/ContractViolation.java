package org.stillwater.contracts;

/** A message that does not honour the event contracts: it can never be handled, however often it is retried. */
public class ContractViolation extends RuntimeException {

    public ContractViolation(String message) {
        super(message);
    }

    public ContractViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
