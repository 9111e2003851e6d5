package org.backchannel.model;

/** What kind of thing an actor is. */
public enum ActorType {
    PERSON,
    STATE,
    ORGANIZATION,
    GROUP;

    /** The lower-case name used in JSON output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
