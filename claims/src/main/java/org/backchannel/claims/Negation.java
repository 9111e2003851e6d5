package org.backchannel.claims;

import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * Finds what negates one clause or noun: "not", "never", "no talks", a negated subject ("no
 * agreement was signed", "neither Saudi Arabia nor the UAE joined", "not a single diplomat",
 * "none of the tanks"), "without an agreement", and "has yet to".
 */
final class Negation {
    private final EpistemicCues cues;

    Negation(EpistemicCues cues) {
        this.cues = cues;
    }

    /** The word that negates the node, or null. */
    String of(SentenceGraph g, int node) {
        for (Dependency d : g.sentence().children(node)) {
            String rel = d.relation();
            int c = d.dependent();
            String lemma = Clauses.lemma(g, c);
            if ((rel.equals("advmod")
                            || rel.equals("neg")
                            || rel.equals("det")
                            || rel.equals("cc:preconj")
                            || rel.equals("advmod:neg"))
                    && cues.is("negator", lemma)
                    && !lemma.equals("nothing")
                    && !onlyNot(g, node, c)) {
                return g.token(c).word();
            }
            if ((rel.equals("case") || rel.equals("mark")) && lemma.equals("without")) {
                return g.token(c).word();
            }
        }
        for (Dependency d : g.sentence().children(node)) {
            if (d.relation().startsWith("nsubj")) {
                String q = quantifier(g, d.dependent());
                if (q != null) {
                    return q;
                }
            }
        }
        return yetTo(g, node);
    }

    /** "not only": a focus word, not a negation. */
    private static boolean onlyNot(SentenceGraph g, int node, int negator) {
        int next = negator + 1;
        return next < g.sentence().tokens().size()
                && Clauses.word(g, negator).equals("not")
                && Clauses.word(g, next).equals("only");
    }

    /** A negated subject: "no group", "none of", "neither … nor", "nobody", "not a single". */
    private String quantifier(SentenceGraph g, int subject) {
        String l = Clauses.lemma(g, subject);
        if (l.equals("none")
                || l.equals("nobody")
                || l.equals("nothing")
                || l.equals("neither")
                || l.equals("no one")) {
            return g.token(subject).word();
        }
        for (Dependency d : g.sentence().children(subject)) {
            String cl = Clauses.lemma(g, d.dependent());
            String rel = d.relation();
            if ((rel.equals("det") || rel.equals("cc:preconj") || rel.equals("advmod"))
                    && (cl.equals("no") || cl.equals("neither") || cl.equals("none"))) {
                return g.token(d.dependent()).word();
            }
            if (rel.equals("amod") && cl.equals("single")) {
                for (int a : g.children(d.dependent(), "advmod")) {
                    if (Clauses.lemma(g, a).equals("not")) {
                        return "not a single";
                    }
                }
            }
            if (rel.equals("advmod") && cl.equals("not")) {
                return "not";
            }
        }
        int prev = subject - 1;
        for (int i = prev; i >= Math.max(0, subject - 3); i--) {
            if (Clauses.word(g, i).equals("not")
                    && Clauses.word(g, Math.min(i + 1, subject)).equals("a")) {
                return "not a";
            }
        }
        return null;
    }

    /** "has yet to deliver", "is yet to be signed": "yet to" just before the verb. */
    private static String yetTo(SentenceGraph g, int node) {
        for (int back = 1; back <= 3 && node - back - 1 >= 0; back++) {
            if (Clauses.word(g, node - back).equals("to")
                    && Clauses.word(g, node - back - 1).equals("yet")) {
                return "yet to";
            }
        }
        return null;
    }
}
