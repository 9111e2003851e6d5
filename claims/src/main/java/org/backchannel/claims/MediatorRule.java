package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.patterns.SentenceGraph;

/** One way news names a go-between; {@link MediatorFinder} asks every rule at every token of a sentence. */
interface MediatorRule {
    /**
     * Adds the mediations the words at {@code token} name.
     *
     * @param predicate the predicate of the event asked about
     * @param contact whether that event is a contact, agreement or release (channels count anywhere in it)
     */
    void read(SentenceGraph g, int token, int predicate, boolean contact, List<Mediation> out);
}
