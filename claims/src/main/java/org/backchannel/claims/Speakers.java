package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Token;

/** Who says it: the actor behind the subject of a speech verb, the owner of a claim, or the source after "according to". */
final class Speakers {
    private Speakers() {}

    /**
     * The subject of a verb; for a trailing attribution the parse sometimes leaves without a subject
     * ("…, monitors from the OSCE said"), the actor named between the last comma and the verb.
     */
    static String subject(SentenceGraph g, int verb) {
        for (int s : g.children(verb, "nsubj")) {
            String id = speaker(g, s);
            if (id != null) {
                return id;
            }
        }
        for (int s : g.children(verb, "obl:agent")) {
            String id = speaker(g, s);
            if (id != null) {
                return id;
            }
        }
        if (g.children(verb, "nsubj").isEmpty()) {
            for (int i = verb - 1; i >= Math.max(0, verb - 14); i--) {
                Token t = g.token(i);
                if (t.word().equals(",") || t.word().equals(";")) {
                    break;
                }
                Mention m = g.mentionAt(i);
                if (m != null && m.how() != Mention.How.STATE) {
                    return m.actorId();
                }
            }
        }
        return null;
    }

    /** The owner of a claim or report noun: "Iran's allegation", "accusations by Lithuania", "U.S. charges". */
    static String possessor(SentenceGraph g, int noun) {
        for (String rel : List.of("nmod:poss", "nmod:by", "compound", "amod", "nmod:from")) {
            for (int p : g.children(noun, rel)) {
                String id = rel.equals("amod") || rel.equals("compound") ? modifier(g, p) : speaker(g, p);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    /** "U.S. charges", "Israeli claims": a country word on a claim noun names its owner. */
    private static String modifier(SentenceGraph g, int token) {
        Mention m = g.mentionAt(token);
        return m == null ? null : m.actorId();
    }

    /**
     * The actor a speaker phrase names: its own mention, or the owner in "Iran's foreign ministry".
     * A nationality adjective alone does not make a source ("the Syrian Observatory" is not Syria).
     */
    static String speaker(SentenceGraph g, int token) {
        Mention own = g.mentionAt(token);
        if (own != null) {
            return own.actorId();
        }
        for (int p : g.children(token, "nmod:poss")) {
            Mention m = g.mentionAt(p);
            if (m != null) {
                return m.actorId();
            }
        }
        for (int c : g.children(token, "compound")) {
            Mention m = g.mentionAt(c);
            if (m != null && m.how() != Mention.How.STATE) {
                return m.actorId();
            }
        }
        for (int c : g.children(token, "nmod:of")) {
            Mention m = g.mentionAt(c);
            if (m != null && m.how() != Mention.How.STATE) {
                return m.actorId(); // "a spokesman for the Rapid Support Forces", "monitors of the OSCE"
            }
        }
        for (int c : g.children(token, "nmod:for")) {
            Mention m = g.mentionAt(c);
            if (m != null && m.how() != Mention.How.STATE) {
                return m.actorId();
            }
        }
        return null;
    }
}
