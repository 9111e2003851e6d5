package org.backchannel.coder.events;

/**
 * A word the coder considered and did not turn into an event, with why: for {@code explain}, so an
 * analyst can see what a sentence lacked (a pattern, a side, a known actor) rather than only what it gave.
 *
 * @param sentence the sentence's index in its document
 * @param token the word's index in the sentence, or -1 when the whole sentence was set aside
 * @param code the CAMEO code the pattern would have given, or null when no pattern fired
 */
public record Declined(int sentence, int token, String code, Reason reason, String detail) {

    /** Why a word gave no event. */
    public enum Reason {
        /** The sentence matched a discard phrase (sports, history). */
        DISCARD_PHRASE("a discard phrase sets the sentence aside"),
        /** A pattern fired but no side was found. */
        NO_SIDES("a pattern fired, but neither side names an actor"),
        /** A pattern fired with a source only, and the pattern needs someone on the receiving end. */
        NO_TARGET("a pattern fired with a source only, and this verb needs a target"),
        /** A side names someone the knowledge base cannot resolve ("Judge Rivera"). */
        UNRESOLVED_SIDE("a side names someone who resolves to no actor"),
        /** A verb joins two actor mentions (subject and object) but no pattern covers it. */
        NO_PATTERN("the verb joins two actors, but no pattern covers it");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
