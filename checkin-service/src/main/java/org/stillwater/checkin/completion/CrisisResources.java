package org.stillwater.checkin.completion;

/** Given with a completion whose PHQ-9 item 9 was above 0, for the clinician to share at once. */
public record CrisisResources(String message, String lifeline, String emergency) {

    static final CrisisResources US = new CrisisResources(
            "If you are thinking about harming yourself, please reach out now. You are not alone.",
            "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org (24/7, free, confidential)",
            "In immediate danger: call 911 or go to the nearest emergency room");
}
