package org.stillwater.scales;

/** A scored questionnaire: its total and the severity band the total falls in. */
public record ScaleScore(int total, Severity severity) {
}
