package org.backchannel.claims;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/** What the mediator rules share: who does a verb, which actors a word names, what a go-between carries. */
final class GoBetweens {
    private GoBetweens() {}

    /**
     * Who does a verb: its subject; for a participle or infinitive without one ("Acting as a
     * go-between, Saudi Arabia secured …", "offered to mediate"), the subject of the verb it hangs on; for a
     * participle on a noun ("the minister shuttling between them"), that noun.
     */
    static List<String> doers(SentenceGraph g, int v) {
        List<String> out = new ArrayList<>();
        int at = v;
        for (int depth = 0; depth < 3 && at >= 0; depth++) {
            List<Integer> subjects = new ArrayList<>(g.children(at, "nsubj"));
            subjects.addAll(g.children(at, "nsubj:pass"));
            for (int s : subjects) {
                out.addAll(actorsOf(g, s));
            }
            if (!out.isEmpty() || !subjects.isEmpty()) {
                return out;
            }
            Dependency up = Clauses.up(g, at);
            if (up != null && up.relation().equals("acl")) {
                return actorsOf(g, up.governor()); // "with Oman's foreign minister shuttling between …": the noun
            }
            if (up == null
                    || !(up.relation().equals("xcomp")
                            || up.relation().startsWith("advcl")
                            || up.relation().startsWith("conj"))) {
                return out;
            }
            at = up.governor();
        }
        return out;
    }

    /** The actors a token names, its conjuncts and owners included. */
    static List<String> actorsOf(SentenceGraph g, int token) {
        List<String> out = new ArrayList<>();
        for (Mention m : g.actorsOf(token, true)) {
            out.add(m.actorId());
        }
        return out;
    }

    /** Whether a noun is a contact or settlement a third party can host or broker ("talks", "truce", "swap"). */
    static boolean meeting(EpistemicCues cues, SentenceGraph g, int n) {
        return cues.is("mediator_meeting", Clauses.lemma(g, n));
    }

    /** Whether a verb has a "between" argument: "relayed messages between Iran and the US". */
    static boolean between(SentenceGraph g, int v) {
        return !g.children(v, "obl:between").isEmpty()
                || !g.children(v, "nmod:between").isEmpty();
    }
}
