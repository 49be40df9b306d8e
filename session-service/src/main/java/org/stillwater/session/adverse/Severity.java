package org.stillwater.session.adverse;

/** How serious an adverse event is; SEVERE and worse hold sessions (and fills) at once. */
public enum Severity {
    MILD,
    MODERATE,
    SEVERE,
    LIFE_THREATENING;

    public boolean placesHold() {
        return this == SEVERE || this == LIFE_THREATENING;
    }
}
