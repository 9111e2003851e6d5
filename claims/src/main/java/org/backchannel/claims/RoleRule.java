package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * A go-between named by its role: "acting as a go-between", "will act as guarantors", "resume its role as
 * guarantor", "played the role of mediator", "used Oman as a channel" (the object holds the role),
 * "Norway has been an intermediary", "Norway, a guarantor of the accord", "mediators Qatar and Egypt", "with Egypt as guarantor",
 * "Egyptian mediators", "Qatar's mediation", "mediation by Egypt", "through the mediation of Kuwait",
 * "under the auspices of the AU".
 */
final class RoleRule implements MediatorRule {
    /** Nouns of a go-between's work whose "of" names who does it: "the mediation of Kuwait", "the auspices of the AU". */
    private static final java.util.Set<String> OF_THE_DOER = java.util.Set.of("auspices", "office", "mediation");

    private final EpistemicCues cues;

    RoleRule(EpistemicCues cues) {
        this.cues = cues;
    }

    @Override
    public void read(SentenceGraph g, int i, int predicate, boolean contact, List<Mediation> out) {
        if (g.token(i).isVerb()) {
            roleVerb(g, i, out);
        }
        if (g.token(i).isNoun() && cues.is("mediator_noun", Clauses.lemma(g, i))) {
            roleNoun(g, i, out);
        }
    }

    private boolean role(SentenceGraph g, int n) {
        return cues.is("mediator_noun", Clauses.lemma(g, n));
    }

    private void roleVerb(SentenceGraph g, int v, List<Mediation> out) {
        String word = g.token(v).word();
        boolean roleVerb = cues.is("mediator_role_verb", Clauses.lemma(g, v));
        for (Dependency d : g.sentence().children(v)) {
            int n = d.dependent();
            String rel = d.relation();
            boolean named = rel.equals("obl:as") && role(g, n)
                    || roleVerb && rel.equals("xcomp") && role(g, n)
                    || rel.equals("obj") && (roleOf(g, n) || roleVerb && role(g, n)); // "played the role of mediator"
            if (!named) {
                continue;
            }
            List<Integer> objects = g.children(v, "obj");
            // "used Oman as a channel": the object holds the role; "acted as a channel": the subject
            List<String> holders = rel.equals("obl:as") && !objects.isEmpty() && !roleOf(g, objects.get(0))
                    ? GoBetweens.actorsOf(g, objects.get(0))
                    : GoBetweens.doers(g, v);
            for (String id : holders) {
                out.add(new Mediation(id, word + " as " + g.token(n).word(), v));
            }
        }
    }

    /** Whether a noun is "role" of a go-between: "the role of mediator", "its role as guarantor". */
    private boolean roleOf(SentenceGraph g, int n) {
        if (!Clauses.lemma(g, n).equals("role")) {
            return false;
        }
        for (Dependency d : g.sentence().children(n)) {
            if ((d.relation().equals("nmod:of") || d.relation().equals("nmod:as")) && role(g, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    private void roleNoun(SentenceGraph g, int n, List<Mediation> out) {
        String word = g.token(n).word();
        String lemma = Clauses.lemma(g, n);
        // "Egyptian mediators", "Qatar's mediation", "mediation by Egypt", "under the auspices of the AU"
        for (Dependency d : g.sentence().children(n)) {
            String rel = d.relation();
            if (rel.equals("amod")
                    || rel.equals("compound")
                    || rel.equals("nmod:poss")
                    || rel.equals("nmod:by")
                    || rel.equals("nmod:of") && OF_THE_DOER.contains(lemma)) {
                Mention m = g.mentionAt(d.dependent());
                if (m != null) {
                    out.add(new Mediation(m.actorId(), g.token(d.dependent()).word() + " " + word, n));
                }
            }
        }
        // "Norway, a guarantor of the accord"; "with Egypt as guarantor"; "Norway has been an intermediary"
        for (int a : g.parents(n, "appos")) {
            add(g, a, word, n, out);
        }
        for (int a : g.children(n, "appos")) {
            add(g, a, word, n, out);
        }
        for (int h : g.parents(n, "nmod:as")) {
            add(g, h, "as " + word, n, out);
        }
        for (int h : g.parents(n, "compound")) {
            add(g, h, word, n, out); // "mediators Qatar and Egypt said"
        }
        if (!g.children(n, "cop").isEmpty()) {
            for (int s : g.children(n, "nsubj")) {
                add(g, s, word, n, out);
            }
        }
        Mention own = g.mentionAt(n);
        if (own != null && own.head() == n) {
            out.add(new Mediation(own.actorId(), word, n)); // "Qatari mediators" resolved as one mention
        }
    }

    private static void add(SentenceGraph g, int token, String cue, int anchor, List<Mediation> out) {
        for (String id : GoBetweens.actorsOf(g, token)) {
            out.add(new Mediation(id, cue, anchor));
        }
    }
}
