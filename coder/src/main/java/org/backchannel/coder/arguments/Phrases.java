package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;

/** Graph steps the argument rules share. */
final class Phrases {
    /** Prepositions whose object can be the target of an event, in order of preference. */
    static final List<String> TARGET_PREPS =
            List.of("with", "against", "to", "on", "toward", "towards", "for", "from", "into", "at", "over", "upon");

    /** Roots of acts addressed to someone through a that-clause: appeal (02), demand (10), threaten (13). */
    static final java.util.Set<String> ADDRESSED_ROOTS = java.util.Set.of("02", "10", "13");

    /** Verbs that report what someone said: a trailing "…, X said" is attribution, not an event. */
    static final java.util.Set<String> REPORTING_VERBS = java.util.Set.of(
            "say",
            "tell",
            "report",
            "announce",
            "add",
            "state",
            "confirm",
            "claim",
            "write",
            "note",
            "insist",
            "warn",
            "explain");

    private Phrases() {}

    /** The actors of the first target preposition of {@code head} that names any. */
    /** {@link #TARGET_PREPS} less "at", which names the venue of a mutual act ("signed a framework at the White House"). */
    static final List<String> OBJECT_TARGET_PREPS =
            TARGET_PREPS.stream().filter(prep -> !prep.equals("at")).toList();

    static List<Mention> prepTargets(SentenceGraph g, int head) {
        return prepTargets(g, head, TARGET_PREPS);
    }

    static List<Mention> prepTargets(SentenceGraph g, int head, List<String> preps) {
        for (String prep : preps) {
            List<Mention> out = new ArrayList<>();
            for (int a : PredicateMatcher.prepositional(g, head, prep)) {
                if (!(prep.equals("with") && thirdParty(g, a))) { // "agreed to US mediation" accepts the mediator
                    out.addAll(g.actorsOf(a, true));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * Whether an argument names a third party by its part in the event, not a side: "with Qatari
     * mediation", "with Egypt as guarantor", "with the help of Turkey" (ArgumentCues.THIRD_PARTY_ROLES), "with
     * Oman's minister shuttling between them" (THIRD_PARTY_VERBS).
     * Only a "with" argument is read so; "agreed to US mediation" accepts the mediator as its target.
     */
    static boolean thirdParty(SentenceGraph g, int a) {
        if (ArgumentCues.THIRD_PARTY_ROLES.contains(lemma(g, a))) {
            return true;
        }
        for (int r : g.children(a, "nmod:as")) {
            if (ArgumentCues.THIRD_PARTY_ROLES.contains(lemma(g, r))) {
                return true;
            }
        }
        for (int v : g.children(a, "acl")) {
            // "with Oman's foreign minister shuttling between the delegations", "with Qatar acting as mediator"
            if (ArgumentCues.THIRD_PARTY_VERBS.contains(lemma(g, v))) {
                return true;
            }
            for (int r : g.children(v, "obl:as")) {
                if (ArgumentCues.THIRD_PARTY_ROLES.contains(lemma(g, r))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lemma(SentenceGraph g, int i) {
        return g.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    /** The actors of every argument of {@code head} by relation {@code rel}. */
    static List<Mention> actors(SentenceGraph g, int head, String rel, boolean allowOf) {
        List<Mention> out = new ArrayList<>();
        for (int a : g.children(head, rel)) {
            out.addAll(g.actorsOf(a, allowOf));
        }
        return out;
    }

    /** The first conjunct of a coordination a noun belongs to ("sanctions and support" → sanctions). */
    static int headThroughConjuncts(SentenceGraph g, int n) {
        int node = n;
        for (int k = 0; k < 4; k++) {
            List<Integer> up = g.parents(node, "conj*");
            if (up.isEmpty()) {
                return node;
            }
            node = up.get(0);
        }
        return node;
    }
}
