package org.backchannel.model;

/** The epistemic status of an event as the document presents it. */
public enum Status {
    ASSERTED,
    REPORTED,
    CLAIMED,
    DENIED,
    HYPOTHETICAL,
    NEGATED,
    CORRECTED,
    UNCERTAIN,
    QUESTION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the text vouches for the event having happened. */
    public boolean isFactual() {
        return this == ASSERTED || this == REPORTED || this == CLAIMED || this == CORRECTED;
    }
}
