package org.backchannel.claims;

import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Status;
import org.backchannel.model.Token;

/**
 * Reads an event's status and speaker from the path between its predicate and the sentence root:
 * reporting, claiming and denying verbs and nouns with their subjects or possessors, "according to",
 * modals, conditionals and governors of plans and possibilities, forecasts, uncertainty and
 * correction cues. When several apply, the strongest wins: question, denied, negated, corrected,
 * uncertain, hypothetical, claimed, reported, asserted.
 */
final class StatusReader {
    private static final int MAX_DEPTH = 8;
    private final EpistemicCues cues;

    StatusReader(EpistemicCues cues) {
        this.cues = cues;
    }

    Reading read(SentenceGraph g, int predicate, Status coded) {
        String text = g.sentence().text().strip();
        if (coded == Status.QUESTION || text.endsWith("?")) {
            return new Reading(Status.QUESTION, "?", null, -1);
        }
        Reading best = coded == Status.NEGATED ? new Reading(Status.NEGATED, "not", null, -1) : Reading.ASSERTED;
        int node = predicate;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            best = stronger(best, local(g, node, predicate));
            Dependency up = firstParent(g, node);
            if (up == null) {
                break;
            }
            Reading governor = governed(g, up);
            best = stronger(best, governor);
            if (governor.status() == Status.REPORTED || governor.status() == Status.CLAIMED || governor.status() == Status.DENIED) {
                // the nearest attribution governs: in "A's denial …, coupled with B's claims of X", B claims X
                best = stronger(best, local(g, up.governor(), predicate));
                if (governor.status() != Status.DENIED && g.token(up.governor()).isNoun()) {
                    // "Moscow dismissed reports that …": a denied report denies what it reports
                    Dependency above = firstParent(g, up.governor());
                    if (above != null) {
                        Reading outer = governed(g, above);
                        if (outer.status() == Status.DENIED) {
                            best = stronger(best, outer);
                        }
                    }
                }
                break;
            }
            if (negatedClauseAbove(g, up, predicate)) {
                best = stronger(best, new Reading(Status.NEGATED, g.negation(up.governor()), null, -1));
            }
            node = up.governor();
        }
        best = stronger(best, sentenceWide(g, text));
        best = stronger(best, correctionNear(g, predicate));
        return best;
    }

    /** "Maduro's capture (later clarified as a detention)": a correction verb just after the predicate. */
    private Reading correctionNear(SentenceGraph g, int predicate) {
        int end = Math.min(g.sentence().tokens().size(), predicate + 6);
        for (int i = predicate + 1; i < end; i++) {
            Token t = g.token(i);
            if (t.isVerb() && cues.is("correct_verb", t.lemma().toLowerCase(Locale.ROOT))) {
                return new Reading(Status.CORRECTED, t.word(), null, i);
            }
        }
        return Reading.ASSERTED;
    }

    /** Cues attached to a node of the path itself: modals, "reportedly", "if", "according to". */
    private Reading local(SentenceGraph g, int node, int predicate) {
        Reading r = Reading.ASSERTED;
        for (Dependency d : g.sentence().children(node)) {
            Token c = g.token(d.dependent());
            String lemma = c.lemma().toLowerCase(Locale.ROOT);
            String rel = d.relation();
            if (rel.equals("aux") && cues.is("modal", lemma)) {
                r = stronger(r, new Reading(Status.HYPOTHETICAL, c.word(), null, -1));
            } else if (rel.equals("advmod") && cues.is("report_adverb", lemma)) {
                r = stronger(r, new Reading(Status.REPORTED, c.word(), null, -1));
            } else if (rel.equals("advmod") && cues.is("claim_adverb", lemma)) {
                r = stronger(r, new Reading(Status.CLAIMED, c.word(), null, -1));
            } else if (rel.equals("advmod") && cues.is("forecast", lemma)) {
                r = stronger(r, new Reading(Status.HYPOTHETICAL, c.word(), null, -1));
            } else if (rel.equals("amod") && node == predicate && cues.is("report_adjective", lemma)) {
                r = stronger(r, new Reading(Status.REPORTED, c.word(), null, -1));
            } else if (rel.equals("mark") && cues.is("conditional", lemma)) {
                r = stronger(r, new Reading(Status.HYPOTHETICAL, c.word(), null, -1));
            } else if (rel.startsWith("advcl") && g.sentence().children(d.dependent()).stream()
                    .anyMatch(m -> m.relation().equals("mark") && cues.is("conditional", g.token(m.dependent()).lemma().toLowerCase(Locale.ROOT)))) {
                // "offered aid if Pyongyang took steps": the offer holds only under the condition
                r = stronger(r, new Reading(Status.HYPOTHETICAL, "if", null, -1));
            } else if (rel.startsWith("obl:according")) {
                r = stronger(r, new Reading(Status.REPORTED, "according to", speaker(g, d.dependent()), -1));
            } else if ((rel.equals("acl") || rel.equals("appos") || rel.equals("parataxis") || rel.equals("dep") || rel.startsWith("acl:"))
                    && cues.is("correct_verb", lemma) && node == predicate) {
                r = stronger(r, new Reading(Status.CORRECTED, c.word(), null, d.dependent()));
            } else if (rel.equals("parataxis") || rel.equals("ccomp") && d.dependent() > node) {
                // "Russian troops attacked the town, officials said": the report verb trails the clause
                boolean tellsOfItself = g.children(d.dependent(), "nsubj").contains(predicate);
                String who = tellsOfItself ? null : subject(g, d.dependent());
                if (cues.is("report_verb", lemma) || cues.is("claim_verb", lemma)) {
                    Status s = cues.is("claim_verb", lemma) ? Status.CLAIMED : Status.REPORTED;
                    r = stronger(r, new Reading(s, c.word(), who, d.dependent()));
                } else if (cues.is("deny_verb", lemma)) {
                    r = stronger(r, new Reading(Status.DENIED, c.word(), who, d.dependent()));
                }
            }
        }
        return r;
    }

    /** What the governor of a path step makes of the clause or noun below it. */
    private Reading governed(SentenceGraph g, Dependency up) {
        Token h = g.token(up.governor());
        String lemma = h.lemma().toLowerCase(Locale.ROOT);
        String rel = up.relation();
        boolean complement = rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("nmod:of")
                || rel.startsWith("nmod:about") || rel.startsWith("nmod:on") || rel.startsWith("acl") || rel.startsWith("nmod:over")
                || rel.startsWith("obl:about") || rel.startsWith("nmod:regarding") || rel.equals("nsubj:pass") || rel.startsWith("advcl");
        if (!complement) {
            return Reading.ASSERTED;
        }
        int gov = up.governor();
        if (h.isVerb()) {
            if (cues.is("deny_verb", lemma) && !rel.startsWith("advcl")) {
                return new Reading(Status.DENIED, h.word(), subject(g, gov), gov);
            }
            boolean charge = rel.equals("advcl:of") || rel.equals("advcl:for") || rel.equals("advcl:with") || rel.equals("obl:of")
                    || rel.equals("obl:for") || rel.equals("obl:with");
            if (cues.is("claim_verb", lemma) && (!rel.startsWith("advcl") || charge)) {
                return new Reading(Status.CLAIMED, h.word(), subject(g, gov), gov);
            }
            if (cues.is("report_verb", lemma) && (rel.equals("ccomp") || rel.equals("obj"))) {
                return new Reading(Status.REPORTED, h.word(), subject(g, gov), gov);
            }
            if (cues.is("hypothetical_governor", lemma) && !rel.startsWith("advcl")) {
                return new Reading(Status.HYPOTHETICAL, h.word(), null, gov);
            }
        } else if (h.pos().startsWith("JJ") && cues.is("hypothetical_governor", lemma) && (rel.equals("xcomp") || rel.startsWith("ccomp"))) {
            return new Reading(Status.HYPOTHETICAL, h.word(), null, gov);
        } else if (h.isNoun()) {
            if (cues.is("deny_noun", lemma)) {
                return new Reading(Status.DENIED, h.word(), possessor(g, gov), gov);
            }
            if (cues.is("claim_noun", lemma)) {
                return new Reading(Status.CLAIMED, h.word(), possessor(g, gov), gov);
            }
            if (cues.is("report_noun", lemma)) {
                return new Reading(Status.REPORTED, h.word(), possessor(g, gov), gov);
            }
            if (cues.is("hypothetical_governor", lemma)) {
                return new Reading(Status.HYPOTHETICAL, h.word(), null, gov);
            }
        }
        return Reading.ASSERTED;
    }

    /** A negation on a clause that embeds the predicate ("did not participate in a coup plot"). */
    private static boolean negatedClauseAbove(SentenceGraph g, Dependency up, int predicate) {
        String rel = up.relation();
        if (rel.startsWith("nsubj") && g.token(predicate).isNoun() && g.negation(up.governor()) != null) {
            return true; // "the summit never took place"
        }
        boolean argument = rel.startsWith("obl") || rel.equals("obj") || rel.equals("xcomp");
        return argument && g.token(predicate).isNoun() == (rel.startsWith("obl") || rel.equals("obj")) && g.negation(up.governor()) != null;
    }

    private Reading sentenceWide(SentenceGraph g, String text) {
        List<Token> t = g.sentence().tokens();
        // "…, two people briefed on the trip said." / "…, Israeli media reported.": an attribution
        // clause at the end of the sentence covers everything before it
        for (int i = t.size() - 1; i >= Math.max(0, t.size() - 4); i--) {
            Token v = t.get(i);
            String lemma = v.lemma().toLowerCase(Locale.ROOT);
            if (v.isVerb() && (cues.is("report_verb", lemma) || cues.is("claim_verb", lemma)) && i > 0 && hasCommaBefore(t, i)) {
                Status s = cues.is("claim_verb", lemma) ? Status.CLAIMED : Status.REPORTED;
                return new Reading(s, v.word(), subject(g, i), i);
            }
        }
        int first = 0;
        while (first < t.size() && !Character.isLetter(t.get(first).word().charAt(0))) {
            first++;
        }
        if (first < t.size() && t.get(first).pos().equals("VB") && cues.is("forecast_start", t.get(first).lemma())) {
            return new Reading(Status.HYPOTHETICAL, "forecast: " + t.get(first).word(), null, -1);
        }
        for (Token tk : t) {
            if (cues.is("uncertain", tk.lemma().toLowerCase(Locale.ROOT))) {
                return new Reading(Status.UNCERTAIN, tk.word(), null, -1);
            }
        }
        for (Token tk : t) {
            String lemma = tk.lemma().toLowerCase(Locale.ROOT);
            if ((tk.isVerb() && cues.is("correct_verb", lemma)) || (tk.isNoun() && cues.is("correct_noun", lemma))) {
                return new Reading(Status.CORRECTED, tk.word(), null, tk.index());
            }
        }
        String correction = cues.phraseIn("correct_phrase", text);
        if (correction != null) {
            return new Reading(Status.CORRECTED, correction, null, -1);
        }
        String phrase = cues.phraseIn("uncertain_phrase", text);
        if (phrase != null) {
            return new Reading(Status.UNCERTAIN, phrase, null, -1);
        }
        return Reading.ASSERTED;
    }

    /** The step up from a node: its head, preferring a non-conjunct head; conjuncts share their head's frame. */
    /** Whether a comma stands within the few tokens before position {@code i} ("…, officials said"). */
    private static boolean hasCommaBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            if (t.get(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static Dependency firstParent(SentenceGraph g, int node) {
        Dependency conj = null;
        for (Dependency d : g.sentence().parents(node)) {
            if (d.governor() < 0 || d.relation().equals("ref")) {
                continue;
            }
            if (d.relation().startsWith("conj")) {
                conj = conj == null ? d : conj;
                continue;
            }
            return d;
        }
        return conj;
    }

    private static String subject(SentenceGraph g, int verb) {
        for (int s : g.children(verb, "nsubj")) {
            String id = speaker(g, s);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static String possessor(SentenceGraph g, int noun) {
        for (int p : g.children(noun, "nmod:poss")) {
            String id = speaker(g, p);
            if (id != null) {
                return id;
            }
        }
        for (int p : g.children(noun, "nmod:by")) {
            String id = speaker(g, p);
            if (id != null) {
                return id;
            }
        }
        for (int p : g.children(noun, "compound")) {
            String id = speaker(g, p);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * The actor a speaker phrase names: its own mention, or the owner in "Iran's foreign ministry".
     * A nationality adjective alone does not make a source ("the Syrian Observatory" is not Syria).
     */
    private static String speaker(SentenceGraph g, int token) {
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
        return null;
    }

    private static final List<Status> STRENGTH = List.of(Status.ASSERTED, Status.REPORTED, Status.CLAIMED, Status.HYPOTHETICAL,
            Status.UNCERTAIN, Status.CORRECTED, Status.NEGATED, Status.DENIED, Status.QUESTION);

    /** The stronger reading; a speaker found by the weaker one is kept when the stronger has none. */
    static Reading stronger(Reading a, Reading b) {
        Reading win = STRENGTH.indexOf(b.status()) > STRENGTH.indexOf(a.status()) ? b : a;
        Reading lose = win == a ? b : a;
        if (win.speakerId() == null && lose.speakerId() != null) {
            return new Reading(win.status(), win.cue(), lose.speakerId(), win.governor());
        }
        return win;
    }
}
