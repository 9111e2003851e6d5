package org.backchannel.coder.actors;

/**
 * Words in a sentence that name an actor.
 *
 * @param start    first token (inclusive)
 * @param end      last token (exclusive)
 * @param head     the token that links the mention into the dependency tree
 * @param actorId  the resolved actor
 * @param how      how it was resolved, for the reader and for confidence
 * @param leaderId for "the Trump administration": the person whose government it is, else null
 */
public record Mention(
        int sentence, int start, int end, int head, String actorId, String text, How how, String leaderId) {

    /** How a mention was resolved. */
    public enum How {
        NAME,
        SURNAME,
        TITLE,
        PRONOUN,
        KIN,
        GROUP,
        DESCRIPTION,
        STATE,
        METONYM,
        PLACE,
        UNKNOWN_PERSON,
        UNKNOWN_ORGANIZATION
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    /** Whether the mention names a place or the state it lies in: a state, a place or a capital standing for it. */
    public boolean namesPlace() {
        return how == How.STATE || how == How.PLACE || how == How.METONYM;
    }
}
