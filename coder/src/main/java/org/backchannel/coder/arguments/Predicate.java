package org.backchannel.coder.arguments;

import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.EventCode;
import org.backchannel.model.Token;

/** A word being coded: its sentence graph, its token index, the pattern it fulfils and that pattern's code. */
public record Predicate(SentenceGraph graph, int token, EventPattern pattern, EventCode code) {

    public Token word() {
        return graph.token(token);
    }

    /** The same pattern read at another token ("said" above "would allow"). */
    Predicate at(int other) {
        return new Predicate(graph, other, pattern, code);
    }
}
