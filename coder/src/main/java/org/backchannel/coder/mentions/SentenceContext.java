package org.backchannel.coder.mentions;

import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ParsedSentence;

/**
 * What a mention rule sees: one parsed sentence, the mentions found in it so far, and the document
 * around it.
 */
public record SentenceContext(ParsedSentence sentence, List<Mention> found, DocumentContext document) {
    public SentenceContext {
        found = List.copyOf(found);
    }

    /** The first mention covering token {@code i}, or null. */
    public Mention at(int i) {
        return Spans.at(found, i);
    }

    public boolean covered(int i) {
        return at(i) != null;
    }

    /** The actor a mention resolves to, or null. */
    public Actor actor(Mention m) {
        return m == null ? null : document.actors().get(m.actorId());
    }

    public int index() {
        return sentence.index();
    }
}
