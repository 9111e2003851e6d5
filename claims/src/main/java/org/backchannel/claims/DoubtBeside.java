package org.backchannel.claims;

import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Status;

/**
 * A doubt the writer adds about the act itself in a clause beside it: "Israeli jets reportedly struck a
 * convoy, though the strike could not be confirmed", "…; the claim could not be independently verified",
 * "…, but this remains unconfirmed". The clause's subject must be the act (its own noun, a noun that
 * refers back to it, or "it"/"this"); a doubt with a complement of its own is about that complement,
 * not the act ("…; it was unclear whether the crew had been detained").
 */
final class DoubtBeside {
    private final EpistemicCues cues;

    DoubtBeside(EpistemicCues cues) {
        this.cues = cues;
    }

    /** The uncertain reading of the act at {@code predicate}, or null. */
    Reading about(SentenceGraph g, int predicate) {
        // the act, and the saying it is the complement of ("Hezbollah said it fired …; the claim could not be
        // verified")
        int node = predicate;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            Reading r = besideOf(g, node, predicate);
            if (r != null) {
                return r;
            }
            Dependency up = Clauses.up(g, node);
            node = up != null && (up.relation().equals("ccomp") || up.relation().equals("xcomp")) ? up.governor() : -1;
        }
        return null;
    }

    private Reading besideOf(SentenceGraph g, int head, int predicate) {
        for (Dependency d : g.sentence().children(head)) {
            String rel = d.relation();
            if (!(rel.startsWith("advcl") || rel.equals("parataxis") || rel.startsWith("conj"))) {
                continue;
            }
            int c = d.dependent();
            if (!g.children(c, "ccomp").isEmpty() || !g.children(c, "csubj").isEmpty()) {
                continue;
            }
            String cue = doubt(g, c);
            if (cue != null && (aboutTheAct(g, c, predicate) || aboutTheAct(g, c, head))) {
                return new Reading(Status.UNCERTAIN, cue, null, c, predicate);
            }
        }
        return null;
    }

    /** The words of doubt a clause head carries: "unconfirmed", "could not be verified", or null. */
    private String doubt(SentenceGraph g, int c) {
        String lemma = Clauses.lemma(g, c);
        if (cues.is("uncertain", lemma)) {
            return g.token(c).word();
        }
        if (cues.is("uncertain_when_negated", lemma) || cues.is("uncertain_when_negated", Clauses.word(g, c))) {
            for (int a : g.children(c, "advmod")) {
                if (cues.is("negator", Clauses.lemma(g, a))) {
                    return g.token(a).word() + " " + g.token(c).word();
                }
            }
        }
        return null;
    }

    private boolean aboutTheAct(SentenceGraph g, int clause, int predicate) {
        for (String rel : new String[] {"nsubj", "nsubj:pass"}) {
            for (int s : g.children(clause, rel)) {
                String l = Clauses.lemma(g, s);
                if (l.equals(Clauses.lemma(g, predicate)) || cues.is("doubted_referent", l)) {
                    return true;
                }
            }
        }
        return false;
    }
}
