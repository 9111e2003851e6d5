package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * Whom an offer, a proposal or a promised thing is for when the clause says who got it rather than
 * whom it was made to: "Hamas received Israel's proposal" (the one who receives it), "the proposal
 * was passed to Hamas by Egyptian mediators" (the one it was handed to), "Ukraine has not received
 * the jets promised by Denmark" (the one who receives what was promised). The event is the maker's;
 * the receiver is its target.
 */
final class Recipients {
    /** Verbs whose subject gets their object. */
    private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain");

    /** Verbs that hand their object on "to" someone. */
    private static final Set<String> HANDING =
            Set.of("pass", "deliver", "hand", "send", "convey", "forward", "transmit", "relay", "present", "submit");

    private Recipients() {}

    /**
     * The receiver of an event noun made to someone: "received Israel's proposal", "the proposal was
     * passed to Hamas".
     */
    static List<Mention> ofNoun(Predicate p) {
        if (p.pattern().possessorIsTarget()) {
            return List.of(); // "the release of hostages": its target is who undergoes it, not who gets it
        }
        return ofThing(p.graph(), p.token());
    }

    /** The receiver of what a participle says was offered or promised: "the jets promised by Denmark". */
    static List<Mention> ofParticiple(Predicate p) {
        SentenceGraph g = p.graph();
        if (!g.token(p.token()).pos().equals("VBN")) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int thing : g.parents(p.token(), "acl")) {
            out.addAll(ofThing(g, thing));
        }
        return out;
    }

    /** Who gets {@code thing}: the subject of a receiving verb it is the object of, or the "to" of a handing verb. */
    private static List<Mention> ofThing(SentenceGraph g, int thing) {
        List<Integer> things = new ArrayList<>(List.of(thing));
        for (int amount : g.parents(thing, "nmod:of")) {
            String pos = g.token(amount).pos();
            if (pos.equals("DT") || pos.equals("CD") || g.quantified(amount).contains(thing)) {
                things.add(amount); // "any of the jets", "the first of the systems"
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int t : things) {
            for (int v : g.parents(t, "obj")) {
                if (RECEIVING.contains(lemma(g, v))) {
                    out.addAll(Phrases.actors(g, v, "nsubj", false));
                } else if (HANDING.contains(lemma(g, v))) {
                    out.addAll(handedTo(g, v));
                }
            }
            for (int v : g.parents(t, "nsubj:pass")) {
                if (HANDING.contains(lemma(g, v))) {
                    out.addAll(handedTo(g, v));
                }
            }
        }
        return SideRule.distinct(out);
    }

    private static List<Mention> handedTo(SentenceGraph g, int verb) {
        List<Mention> out = new ArrayList<>();
        for (int a : PredicateMatcher.prepositional(g, verb, "to")) {
            out.addAll(g.actorsOf(a, true));
        }
        return out;
    }

    private static String lemma(SentenceGraph g, int token) {
        return g.token(token).lemma().toLowerCase(Locale.ROOT);
    }
}
