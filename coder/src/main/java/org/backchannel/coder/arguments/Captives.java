package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * People held somewhere and then released: "Five Americans held in Iran were freed". The parser
 * often reads such a sentence with "held" as its main verb and the passive "were freed" hung under
 * it, so the freed have no passive subject; and a release whose releaser the text leaves out was
 * made by the state the captives were held in.
 */
final class Captives {
    /** Participles that say someone was held captive. */
    private static final Set<String> HOLDING =
            Set.of("hold", "detain", "jail", "imprison", "capture", "kidnap", "abduct", "seize", "arrest");

    private Captives() {}

    /**
     * The one a passive befell when the parser hung it, subjectless, under a participle that took its
     * subject ("[Americans held in Iran] were freed" read as "Americans held … , were freed").
     */
    static List<Mention> misparsedPassiveSubject(SentenceGraph g, int verb) {
        if (g.children(verb, "aux:pass").isEmpty()
                || !g.children(verb, "nsubj:pass").isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int participle : g.parents(verb, "dep")) {
            if (participle < verb && reducedParticiple(g, participle)) {
                out.addAll(Phrases.actors(g, participle, "nsubj", true));
            }
        }
        return out;
    }

    /**
     * Who released captives the text says were held in a state: "Americans held in Iran were freed"
     * (Iran), "the journalist jailed in Russia was released". Only releases (CAMEO 0841) with no other
     * source take it.
     */
    static List<Mention> holders(Predicate p) {
        if (p.code() == null || !p.code().cameo().startsWith("0841")) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Integer> participles = new ArrayList<>();
        List<Integer> captives = new ArrayList<>(g.children(p.token(), "nsubj:pass"));
        captives.addAll(g.children(p.token(), "obj"));
        for (int c : captives) {
            participles.addAll(g.children(c, "acl")); // "Americans held in Iran were freed"
        }
        for (int participle : g.parents(p.token(), "dep")) {
            if (participle < p.token() && reducedParticiple(g, participle)) {
                participles.add(participle); // the misparse above
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int h : participles) {
            if (!HOLDING.contains(g.token(h).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int place : g.children(h, "obl:in")) {
                for (Mention m : g.actorsOf(place, true)) {
                    if (m.namesPlace()) {
                        out.add(m);
                    }
                }
            }
        }
        return SideRule.distinct(out);
    }

    /** A past participle with a subject of its own and no auxiliary: "Americans held in Iran". */
    private static boolean reducedParticiple(SentenceGraph g, int v) {
        return g.token(v).pos().equals("VBN")
                && !g.children(v, "nsubj").isEmpty()
                && g.children(v, "aux").isEmpty()
                && g.children(v, "aux:pass").isEmpty();
    }
}
