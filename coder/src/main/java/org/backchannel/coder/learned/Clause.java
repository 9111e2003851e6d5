package org.backchannel.coder.learned;

import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.EventCode;

/**
 * A predicate of a sentence with the two sides read for it: what the classifier is asked about.
 *
 * @param predicate the token index of the verb or event noun
 * @param coded     the code a pattern gave it, or null for a verb no pattern coded
 * @param text      the clause with its sides masked ({@link ClauseText})
 */
public record Clause(SentenceGraph graph, int predicate, Mention source, Mention target, EventCode coded, String text) {

    /** A clause with its text built by {@link ClauseText}. */
    public static Clause of(SentenceGraph graph, int predicate, Mention source, Mention target, EventCode coded) {
        return new Clause(graph, predicate, source, target, coded, ClauseText.of(graph, predicate, source, target));
    }
}
