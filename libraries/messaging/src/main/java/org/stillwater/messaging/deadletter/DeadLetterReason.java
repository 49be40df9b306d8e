package org.stillwater.messaging.deadletter;

import org.stillwater.contracts.ContractViolation;

/**
 * Why a record was dead-lettered, in the few kinds an operator acts on differently (and a metric can be tagged
 * with): the record breaks the contracts (not JSON, a bad envelope, an unknown type, invalid data: replaying it
 * fails again until the contracts or the producer change), or this service's handling of a valid event kept
 * failing (fix the cause, then replay).
 */
public enum DeadLetterReason {
    CONTRACT_VIOLATION,
    HANDLER_FAILURE;

    /**
     * From the exception classes the connector names in the {@code dead-letter-exception-class-name} and
     * {@code dead-letter-cause-class-name} headers (the contract violation may arrive wrapped).
     */
    static DeadLetterReason ofException(String exceptionClassName, String causeClassName) {
        String violation = ContractViolation.class.getName();
        return violation.equals(exceptionClassName) || violation.equals(causeClassName) ? CONTRACT_VIOLATION : HANDLER_FAILURE;
    }

    static DeadLetterReason of(Throwable failure) {
        return failure instanceof ContractViolation ? CONTRACT_VIOLATION : HANDLER_FAILURE;
    }
}
