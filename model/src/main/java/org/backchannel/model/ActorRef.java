package org.backchannel.model;

/**
 * One side of an event: the resolved actor, the words that named it, and its CAMEO code on the
 * event's date.
 *
 * @param actorId id of the resolved {@link Actor}, or null when nobody is named
 * @param text    the mention as written
 * @param code    CAMEO actor code on the event date
 */
public record ActorRef(String actorId, String text, String code) {

    public static final ActorRef NONE = new ActorRef(null, null, null);

    public boolean isEmpty() {
        return actorId == null;
    }

    /** The country part of the code (its first three letters), or null. */
    public String country() {
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }
}
