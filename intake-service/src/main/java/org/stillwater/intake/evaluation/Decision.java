package org.stillwater.intake.evaluation;

public enum Decision {
    APPROVE,
    REJECT
}
