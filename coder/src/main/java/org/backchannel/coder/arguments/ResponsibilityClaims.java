package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * Who an attack is laid at when its own clause names no attacker: "a truck bomb exploded …, and
 * al-Shabaab claimed responsibility", "in an attack claimed by Islamic State", "officials blamed
 * the militants". Only acts of force (CAMEO roots 18, 19, 20) take a source this way, and only from
 * the same sentence: whoever claims an attack, or is blamed for it, is read as its author, the way
 * event coders code such reports; the claims stage keeps the status the text gives ("claimed").
 */
final class ResponsibilityClaims {
    private static final Set<String> CLAIMED_THINGS = Set.of("responsibility", "credit");

    private ResponsibilityClaims() {}

    static List<Mention> authors(Predicate p) {
        if (p.code() == null || !p.code().isViolence()) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (var t : g.sentence().tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.index() == p.token() || !t.isVerb()) {
                continue;
            }
            if (lemma.equals("claim") && claimsResponsibility(g, t.index())) {
                out.addAll(Phrases.actors(g, t.index(), "nsubj", false));
            } else if (lemma.equals("claim") && g.token(t.index()).pos().equals("VBN")) {
                out.addAll(Phrases.actors(g, t.index(), "obl:agent", false)); // "an attack claimed by ISIS"
                out.addAll(Phrases.actors(g, t.index(), "obl:by", false));
            } else if (lemma.equals("blame") && g.children(t.index(), "obl:on").isEmpty()) {
                out.addAll(Phrases.actors(g, t.index(), "obj", false)); // "officials blamed al-Shabaab"
            }
        }
        return SideRule.distinct(out);
    }

    /** Adjectives that lay an act at their subject: "X was responsible for the attack". */
    private static final Set<String> ANSWERABLE = Set.of("responsible", "culpable", "accountable");

    /**
     * "Russia was behind the explosions", "the Syrian government was responsible for the sarin attack",
     * "who was behind the blast": the subject of "be behind" an act of force, or of "be responsible for"
     * it, is its author. The same reading holds under a denial or a question; the claims stage gives
     * the status.
     */
    static List<Mention> culprits(Predicate p) {
        if (p.code() == null || !p.code().isViolence()) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        int act = Phrases.headThroughConjuncts(g, p.token());
        List<Mention> out = new ArrayList<>();
        boolean behind = g.children(act, "case").stream()
                .anyMatch(c -> g.token(c).lemma().toLowerCase(Locale.ROOT).equals("behind"));
        if (behind && !g.children(act, "cop").isEmpty()) {
            out.addAll(Phrases.actors(g, act, "nsubj", false)); // "X was behind the explosions"
        }
        for (int a : g.parents(act, "obl:for")) {
            if (ANSWERABLE.contains(g.token(a).lemma().toLowerCase(Locale.ROOT))) {
                out.addAll(Phrases.actors(g, a, "nsubj", false)); // "X was responsible for the attack"
            }
        }
        return SideRule.distinct(out);
    }

    private static boolean claimsResponsibility(SentenceGraph g, int claim) {
        for (int o : g.children(claim, "obj")) {
            if (CLAIMED_THINGS.contains(g.token(o).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
