package org.backchannel.claims;

import java.util.Set;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Status;
import org.backchannel.model.Token;

/**
 * What a governing word makes of the clause or noun phrase below it, one step of the path from an
 * event's predicate up to the sentence root: a speech verb relays it, a verb of contention claims it,
 * a denial denies it, a correction corrects it, a word of doubt leaves it open, an asking verb asks
 * it, a plan makes it hypothetical, a failure negates it. Each kind names the relations through which
 * it reaches its complement; a clause set beside the cue (parataxis, coordination) is out of reach,
 * except for speech, denial and correction verbs that trail or introduce a quote.
 */
final class Frames {
    private static final Set<String> SAY_OBJECT = Set.of(
            "say", "report", "confirm", "disclose", "reveal", "acknowledge", "admit", "cite", "testify", "document");
    private static final Set<String> RESPONSIBILITY_VERBS =
            Set.of("claim", "take", "accept", "assume", "admit", "deny", "bear");
    private static final Set<String> COPULAS =
            Set.of("be", "remain", "seem", "appear", "stay", "prove", "look", "become");
    private final EpistemicCues cues;
    private final Negation negation;

    Frames(EpistemicCues cues, Negation negation) {
        this.cues = cues;
        this.negation = negation;
    }

    /** The reading the governor of {@code up} gives the node below it, or {@link Reading#ASSERTED}. */
    Reading governed(SentenceGraph g, Dependency up) {
        int h = up.governor();
        int c = up.dependent();
        String rel = up.relation();
        Token head = g.token(h);
        String lemma = Clauses.lemma(g, h);
        boolean quote = rel.equals("parataxis") || rel.equals("dep") || rel.equals("ccomp");
        if (!Clauses.governs(rel) && !rel.equals("parataxis")) {
            return Reading.ASSERTED;
        }
        if (rel.equals("acl:relcl") && !contentClause(g, h, c)) {
            return Reading.ASSERTED; // "the deal, which Turkey brokered": a relative clause is told, not framed
        }
        if (head.isVerb()) {
            Reading r = verb(g, h, c, rel, lemma, quote);
            if (!r.isAsserted()) {
                return r;
            }
        }
        if (!rel.equals("parataxis")) {
            Reading r = word(g, h, c, rel, lemma, head);
            if (!r.isAsserted()) {
                return r;
            }
        }
        return Reading.ASSERTED;
    }

    private Reading verb(SentenceGraph g, int h, int c, String rel, String lemma, boolean quote) {
        String prt = particle(g, h);
        String phrasal = prt == null ? null : lemma + " " + prt;
        boolean complement =
                quote || rel.equals("obj") || rel.equals("xcomp") || rel.startsWith("obl:") && !rel.equals("obl:tmod");
        String neg = negation.of(g, h);
        // denial
        if (cues.is("deny_verb", lemma)
                && (quote
                        || rel.equals("obj")
                        || rel.equals("xcomp")
                        || rel.startsWith("obl:")
                        || rel.startsWith("advcl:"))) {
            boolean restricted = !lemma.equals("deny")
                    && !lemma.equals("refute")
                    && !lemma.equals("rebut")
                    && !lemma.equals("disavow");
            boolean direct = rel.equals("obj")
                    || rel.equals("xcomp")
                    || rel.equals("obl:of")
                    || rel.startsWith("advcl:")
                    || quote;
            if (!restricted && direct || claimLike(g, c) && (direct || rel.startsWith("obl:"))) {
                if (neg != null) {
                    return new Reading(Status.UNCERTAIN, neg + " " + g.token(h).word(), null, h, c); // "did not deny"
                }
                return new Reading(Status.DENIED, g.token(h).word(), Speakers.subject(g, h), h, c);
            }
        }
        if (phrasal != null
                && cues.is("deny_phrasal", phrasal)
                && (rel.startsWith("obl:") || rel.equals("obj"))
                && claimLike(g, c)) {
            return new Reading(Status.DENIED, g.token(h).word() + " " + prt, Speakers.subject(g, h), h, c);
        }
        if (cues.is("label_verb", lemma) && (rel.equals("obj") || rel.equals("ccomp") || rel.startsWith("csubj"))) {
            Integer w = denialComplement(g, h, c);
            if (w != null) {
                return new Reading(
                        Status.DENIED, g.token(h).word() + " " + g.token(w).word(), Speakers.subject(g, h), h, c);
            }
        }
        // "corrected its statement, saying …", "revised the toll, adding …": the participle gives the corrected account
        boolean sayingClause = rel.startsWith("advcl:") && speechMark(g, c, rel);
        if (sayingClause
                && (cues.is("correct_verb", lemma)
                        || phrasal != null && cues.is("correct_phrasal", phrasal)
                        || correctsAccount(g, h))) {
            return new Reading(
                    Status.CORRECTED, g.token(h).word() + ", " + rel.substring(6), Speakers.subject(g, h), h, c);
        }
        // correction
        if ((cues.is("correct_verb", lemma)
                        || phrasal != null && cues.is("correct_phrasal", phrasal)
                        || lemma.equals("set") && hasObject(g, h, "record"))
                && (complement || rel.startsWith("nsubj") || rel.equals("advcl:after"))) {
            return new Reading(
                    Status.CORRECTED,
                    phrasal != null && cues.is("correct_phrasal", phrasal)
                            ? g.token(h).word() + " " + prt
                            : g.token(h).word(),
                    Speakers.subject(g, h),
                    h,
                    c);
        }
        if ((lemma.equals("change")
                        || lemma.equals("revise")
                        || lemma.equals("amend")
                        || lemma.equals("update")
                        || lemma.equals("alter")
                        || lemma.equals("reverse")
                        || lemma.equals("withdraw")
                        || lemma.equals("abandon"))
                && rel.equals("obj")
                && g.token(c).isNoun()
                && (cues.is("report_noun", Clauses.lemma(g, c)) || cues.is("claim_noun", Clauses.lemma(g, c)))) {
            return new Reading(
                    Status.CORRECTED,
                    g.token(h).word() + " " + g.token(c).word(),
                    Speakers.subject(g, h),
                    h,
                    c); // "changed the U.S. account of"
        }
        // knowledge withheld: "could not verify", "impossible to confirm", "did not say which"
        if (cues.is("knowledge_verb", lemma)
                && (complement || rel.startsWith("nsubj:pass") || rel.startsWith("csubj"))) {
            String barred = neg != null ? neg : barrier(g, h);
            if (barred != null) {
                return new Reading(Status.UNCERTAIN, barred + " " + g.token(h).word(), null, h, c);
            }
        }
        // claimed responsibility, or none did: "no group has claimed the attack"
        if ((cues.is("claim_verb", lemma) || RESPONSIBILITY_VERBS.contains(lemma))
                        && rel.equals("obj")
                        && Clauses.lemma(g, c).equals("responsibility")
                || cues.is("claim_verb", lemma) && complement && neg != null) {
            if (neg != null) {
                return new Reading(Status.UNCERTAIN, neg + " " + g.token(h).word(), null, h, c);
            }
            if (!lemma.equals("deny")) {
                return new Reading(Status.CLAIMED, g.token(h).word() + " responsibility", Speakers.subject(g, h), h, c);
            }
        }
        if (cues.is("uncertain_governor", lemma) && rel.equals("xcomp")) {
            return new Reading(Status.UNCERTAIN, g.token(h).word(), null, h, c);
        }
        // asking
        if (cues.is("question_governor", lemma) && (quote || rel.equals("obj")) && isInterrogative(g, c)) {
            return new Reading(Status.QUESTION, g.token(h).word(), null, h, c);
        }
        // speech
        boolean charge = rel.equals("advcl:of")
                || rel.equals("advcl:for")
                || rel.equals("advcl:with")
                || rel.equals("obl:of")
                || rel.equals("obl:for")
                || rel.equals("obl:with");
        if (cues.is("claim_verb", lemma) && (quote || rel.equals("obj") || rel.equals("xcomp") || charge)) {
            return new Reading(Status.CLAIMED, g.token(h).word(), Speakers.subject(g, h), h, c);
        }
        if (lemma.equals("say") && rel.equals("obl:of") && deniesInQuote(g, h)) {
            // "'There was no such meeting,' a spokesman said of reports that …"
            return new Reading(Status.DENIED, "said of " + g.token(c).word(), Speakers.subject(g, h), h, c);
        }
        if (cues.is("report_verb", lemma)
                && (quote
                        || rel.equals("xcomp") && passive(g, h)
                        || rel.equals("obj") && SAY_OBJECT.contains(lemma)
                        || rel.equals("obl:about")
                        || rel.equals("obl:of") && lemma.equals("say"))) {
            Reading r = new Reading(Status.REPORTED, g.token(h).word(), Speakers.subject(g, h), h, c);
            return supersedes(g, h) ? r.as(Status.CORRECTED, earlierCue(g, h)) : r;
        }
        if (sayingClause && !cues.is("report_verb", lemma)) {
            // "Russia denied the charge, saying …": what follows "saying" is the subject's own account
            Reading r = new Reading(Status.REPORTED, rel.substring(6), Speakers.subject(g, h), h, c);
            return supersedes(g, h) ? r.as(Status.CORRECTED, earlierCue(g, h)) : r;
        }
        // plans and failures
        if (cues.is("negating_governor", lemma)
                && (rel.equals("xcomp")
                        || rel.equals("acl")
                        || rel.startsWith("advcl:from")
                        || rel.startsWith("obl:from")
                        || rel.equals("obj"))) {
            return new Reading(Status.NEGATED, g.token(h).word(), null, h, c);
        }
        if (cues.is("hypothetical_governor", lemma)
                && (rel.equals("xcomp")
                        || rel.equals("ccomp")
                        || rel.equals("obj")
                        || rel.startsWith("obl:on")
                        || rel.equals("acl") && g.token(c).pos().equals("VBG")
                        || rel.startsWith("obl:about"))) {
            return new Reading(Status.HYPOTHETICAL, g.token(h).word(), null, h, c);
        }
        return Reading.ASSERTED;
    }

    private Reading word(SentenceGraph g, int h, int c, String rel, String lemma, Token head) {
        String neg = negation.of(g, h);
        boolean arg = rel.startsWith("nsubj")
                || rel.startsWith("csubj")
                || rel.equals("ccomp")
                || rel.equals("xcomp")
                || rel.startsWith("advcl")
                || rel.startsWith("acl")
                || rel.startsWith("nmod")
                || rel.startsWith("obl")
                || rel.equals("dep")
                || rel.equals("appos");
        if (!arg) {
            return Reading.ASSERTED;
        }
        // a copula with a predicative cue: "reports … were false", "whether … remains unclear", "remains to be seen"
        int cue = h;
        String cueLemma = lemma;
        if (COPULAS.contains(lemma) && (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("ccomp"))) {
            for (int x : g.children(h, "xcomp")) {
                String l = Clauses.lemma(g, x);
                if (cues.is("denial_word", l)
                        || cues.is("uncertain", l)
                        || cues.is("uncertain_when_negated", l)
                        || l.equals("see")) {
                    cue = x;
                    cueLemma = l;
                    neg = neg != null ? neg : negation.of(g, x);
                }
            }
            if (cue == h && lemma.equals("be")) {
                // "The key question is whether Iran will respond": a question put as the subject of "be"
                for (int q : g.children(h, "nsubj")) {
                    String ql = Clauses.lemma(g, q);
                    if ((ql.equals("question") || ql.equals("issue")) && isInterrogative(g, c)) {
                        boolean open = g.children(q, "amod").stream()
                                .anyMatch(a -> Clauses.lemma(g, a).equals("open"));
                        return new Reading(
                                open ? Status.UNCERTAIN : Status.QUESTION,
                                open ? "open question" : g.token(q).word() + " is whether",
                                null,
                                q,
                                c);
                    }
                }
                return Reading.ASSERTED;
            }
        }
        String word = g.token(cue).word();
        if (cueLemma.equals("see") && lemma.equals("remain")) {
            return new Reading(Status.UNCERTAIN, "remains to be seen", null, cue, c);
        }
        if (cues.is("denial_word", cueLemma) || (cueLemma.equals("true") || cueLemma.equals("truth")) && neg != null) {
            if (earlierReport(g, c)) {
                return new Reading(Status.CORRECTED, "earlier " + g.token(c).word() + " … " + word, null, cue, c);
            }
            return new Reading(
                    Status.DENIED,
                    neg != null && !cues.is("denial_word", cueLemma) ? neg + " " + word : word,
                    null,
                    cue,
                    c);
        }
        if (cues.is("knowledge_barrier", cueLemma) && (rel.startsWith("nsubj") || rel.startsWith("csubj"))) {
            // "Russia's claim … was impossible to verify"
            for (int x : g.children(cue, "xcomp")) {
                if (cues.is("knowledge_verb", Clauses.lemma(g, x))) {
                    return new Reading(
                            Status.UNCERTAIN, word + " to " + g.token(x).word(), null, cue, c);
                }
            }
        }
        if (cues.is("uncertain", cueLemma)
                && !(cueLemma.equals("question") || cueLemma.equals("divided") && !rel.startsWith("obl"))) {
            return new Reading(Status.UNCERTAIN, word, null, cue, c);
        }
        if (cues.is("uncertain_when_negated", cueLemma) && neg != null) {
            return new Reading(Status.UNCERTAIN, neg + " " + word, null, cue, c);
        }
        if (cueLemma.equals("question") && head.isNoun()) {
            boolean open = g.children(h, "amod").stream()
                    .anyMatch(a -> Clauses.lemma(g, a).equals("open"));
            if (isInterrogative(g, c) || rel.startsWith("nsubj") || rel.startsWith("csubj")) {
                return new Reading(
                        open ? Status.UNCERTAIN : Status.QUESTION, open ? "open question" : word, null, h, c);
            }
        }
        if (head.isNoun()) {
            // "the denial of the talks", "reports that …", not "the denial, coupled with claims of …"
            boolean participle = rel.startsWith("acl")
                    && (g.token(c).pos().equals("VBN") || g.token(c).pos().equals("VBG"))
                    && g.children(c, "mark").isEmpty();
            boolean content =
                    !rel.startsWith("nsubj") && !rel.startsWith("csubj") && !rel.equals("appos") && !participle;
            if (!content) {
                return Reading.ASSERTED;
            }
            if (cues.is("deny_noun", lemma)) {
                return new Reading(Status.DENIED, word, Speakers.possessor(g, h), h, c);
            }
            if (cues.is("correct_noun", lemma)) {
                return new Reading(Status.CORRECTED, word, Speakers.possessor(g, h), h, c);
            }
            Integer false_ = denialModifier(g, h);
            if ((cues.is("report_noun", lemma) || cues.is("claim_noun", lemma)) && false_ != null) {
                // "called groundless U.S. charges that", "rejected false reports that": the speaker who calls them so
                // denies them
                Dependency above = Clauses.up(g, h);
                String denier = above == null ? null : Speakers.subject(g, above.governor());
                return new Reading(Status.DENIED, g.token(false_).word() + " " + word, denier, h, c);
            }
            boolean hedged =
                    g.children(h, "amod").stream().anyMatch(a -> cues.is("uncertain_modifier", Clauses.lemma(g, a)));
            if ((cues.is("report_noun", lemma) || cues.is("claim_noun", lemma)) && hedged) {
                return new Reading(Status.UNCERTAIN, hedge(g, h) + " " + word, Speakers.possessor(g, h), h, c);
            }
            if (cues.is("claim_noun", lemma)) {
                return new Reading(Status.CLAIMED, word, Speakers.possessor(g, h), h, c);
            }
            if (cues.is("report_noun", lemma)) {
                Reading r = new Reading(Status.REPORTED, word, Speakers.possessor(g, h), h, c);
                return earlierReportNoun(g, h) && contraryTo(g, h) ? r.as(Status.CORRECTED, "contrary to " + word) : r;
            }
            if (cues.is("hypothetical_governor", lemma)) {
                return neg != null
                        ? new Reading(Status.NEGATED, neg + " " + word, null, h, c)
                        : new Reading(Status.HYPOTHETICAL, word, null, h, c);
            }
            if (cues.is("negating_governor", lemma)) {
                return new Reading(Status.NEGATED, word, null, h, c);
            }
        } else if (head.pos().startsWith("RB") && rel.equals("acl:of") && cues.is("negating_governor", lemma)) {
            return new Reading(Status.NEGATED, word, null, h, c); // "stopped short of inviting"
        } else if (head.pos().startsWith("JJ")
                && (rel.equals("xcomp") || rel.startsWith("ccomp") || rel.startsWith("advcl:to"))) {
            if (cues.is("hypothetical_governor", lemma)) {
                return new Reading(Status.HYPOTHETICAL, word, null, h, c);
            }
            if (cues.is("negating_governor", lemma)) {
                return new Reading(Status.NEGATED, word, null, h, c);
            }
        }
        return Reading.ASSERTED;
    }

    /** Whether a report verb speaks of an account it supersedes ("acknowledged on Friday", after "had insisted" or "initially"). */
    boolean supersedes(SentenceGraph g, int verb) {
        return earlierCue(g, verb) != null;
    }

    /**
     * The words that show a speech verb takes back an earlier account: a later-account adverb with an
     * earlier-account word in the sentence ("initially attributed …, but later said"), an earlier
     * account on its subject ("which had insisted …, acknowledged"), or "after weeks of denials".
     */
    String earlierCue(SentenceGraph g, int verb) {
        String later = null;
        for (int a : g.children(verb, "advmod")) {
            if (cues.is("later_account", Clauses.lemma(g, a))) {
                later = g.token(a).word();
            }
        }
        for (int a : g.children(verb, "obl:tmod")) {
            for (int b : g.children(a, "advmod")) {
                if (cues.is("later_account", Clauses.lemma(g, b))) {
                    later = g.token(a).word() + " " + g.token(b).word();
                }
            }
        }
        for (Dependency d : g.sentence().children(verb)) {
            // "admitted, after days of denying it, that …"
            if (d.relation().startsWith("advcl")
                    && (cues.is("deny_verb", Clauses.lemma(g, d.dependent()))
                            || cues.is("claim_verb", Clauses.lemma(g, d.dependent())))
                    && d.dependent() < verb
                    && !g.children(d.dependent(), "mark").isEmpty()) {
                return "after " + g.token(d.dependent()).word();
            }
        }
        for (int o : g.children(verb, "obl:after")) {
            String l = Clauses.lemma(g, o);
            if (cues.is("deny_noun", l) || cues.is("claim_noun", l) || l.equals("denial")) {
                return "after " + g.token(o).word();
            }
        }
        for (int s : g.children(verb, "nsubj")) {
            String earlier = earlierWithin(g, s);
            if (earlier != null) {
                return earlier;
            }
        }
        boolean initially = g.children(verb, "advmod").stream()
                .anyMatch(a -> cues.is("earlier_account", Clauses.lemma(g, a))
                        && !Clauses.lemma(g, a).equals("earlier"));
        if (initially) {
            // "initially said two pilots had been captured, but later revised the figure"
            for (Token t : g.sentence().tokens()) {
                String l = t.lemma().toLowerCase(java.util.Locale.ROOT);
                if (t.index() > verb
                        && (cues.is("later_account", l) && !l.equals("now") && !l.equals("since")
                                || t.isVerb() && cues.is("correct_verb", l))) {
                    return "initially … " + t.word();
                }
            }
        }
        if (later != null) {
            for (Token t : g.sentence().tokens()) {
                if (t.index() != verb
                        && cues.is("earlier_account", t.lemma().toLowerCase(java.util.Locale.ROOT))
                        && t.index() < verb) {
                    return t.word() + " … " + later;
                }
            }
        }
        return null;
    }

    /** An earlier account inside a subject phrase: "which had insisted", "who had denied", "initially". */
    private String earlierWithin(SentenceGraph g, int subject) {
        for (int r : g.children(subject, "acl:relcl")) {
            String l = Clauses.lemma(g, r);
            boolean pluperfect = g.children(r, "aux").stream()
                    .anyMatch(a -> Clauses.lemma(g, a).equals("have")
                            && g.token(a).word().equalsIgnoreCase("had"));
            if (pluperfect
                    && (cues.is("claim_verb", l)
                            || cues.is("deny_verb", l)
                            || cues.is("report_verb", l)
                            || cues.is("label_verb", l))) {
                return "had " + g.token(r).word();
            }
            for (int a : g.children(r, "advmod")) {
                if (cues.is("earlier_account", Clauses.lemma(g, a))) {
                    return g.token(a).word() + " " + g.token(r).word();
                }
            }
        }
        return null;
    }

    /** "earlier reports that …": a report noun marked as superseded. */
    private boolean earlierReport(SentenceGraph g, int noun) {
        return g.token(noun).isNoun() && earlierReportNoun(g, noun);
    }

    private boolean earlierReportNoun(SentenceGraph g, int noun) {
        return g.children(noun, "amod").stream().anyMatch(a -> cues.is("earlier_account", Clauses.lemma(g, a)));
    }

    private static boolean contraryTo(SentenceGraph g, int noun) {
        return g.children(noun, "case").stream()
                        .anyMatch(c -> Clauses.lemma(g, c).equals("to"))
                && g.sentence().tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("contrary"));
    }

    private String hedge(SentenceGraph g, int noun) {
        for (int a : g.children(noun, "amod")) {
            if (cues.is("uncertain_modifier", Clauses.lemma(g, a))) {
                return g.token(a).word();
            }
        }
        return "";
    }

    /** A word that bars knowing over a knowledge verb: "impossible to verify", "too early to say", "little is known", "remains to be seen". */
    private String barrier(SentenceGraph g, int verb) {
        for (Dependency d : g.sentence().parents(verb)) {
            if (d.governor() >= 0 && cues.is("knowledge_barrier", Clauses.lemma(g, d.governor()))) {
                return g.token(d.governor()).word();
            }
        }
        for (int s : g.children(verb, "nsubj:pass")) {
            if (Clauses.lemma(g, s).equals("little")) {
                return "little";
            }
        }
        return null;
    }

    /** Whether a clause asks: it opens with "whether" or "if", or with a wh-word. */
    private static boolean isInterrogative(SentenceGraph g, int clause) {
        for (int m : g.children(clause, "mark")) {
            String l = Clauses.lemma(g, m);
            if (l.equals("whether") || l.equals("if")) {
                return true;
            }
        }
        int first = clause;
        for (int i = clause - 1; i >= 0 && i >= clause - 6; i--) {
            if (Clauses.within(g, i, clause)) {
                first = i;
            }
        }
        return g.token(first).pos().startsWith("W");
    }

    /** Whether a speech verb quotes a negated or denying clause: "'There was no such meeting,' X said of reports that …". */
    private boolean deniesInQuote(SentenceGraph g, int verb) {
        for (Dependency d : g.sentence().children(verb)) {
            if (d.relation().equals("ccomp")
                    || d.relation().equals("parataxis")
                    || d.relation().equals("dep")) {
                int q = d.dependent();
                if (negation.of(g, q) != null
                        || cues.is("denial_word", Clauses.lemma(g, q))
                        || g.children(q, "nsubj").stream().anyMatch(x -> negation.of(g, x) != null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A denial word modifying a noun ("groundless charges", "false reports"), or null. */
    private Integer denialModifier(SentenceGraph g, int noun) {
        for (int a : g.children(noun, "amod")) {
            if (cues.is("denial_word", Clauses.lemma(g, a))) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Revelations that a Russian unit offered bounties": the parser may take a content clause for a
     * relative one; when its verb has a subject and an object of its own, the noun is not one of them.
     */
    private boolean contentClause(SentenceGraph g, int noun, int verb) {
        String l = Clauses.lemma(g, noun);
        if (!(cues.is("report_noun", l)
                || cues.is("claim_noun", l)
                || cues.is("deny_noun", l)
                || l.equals("revelation"))) {
            return false;
        }
        boolean subject = g.children(verb, "nsubj").stream().anyMatch(x -> x != noun)
                || g.children(verb, "nsubj:pass").stream().anyMatch(x -> x != noun);
        boolean object = g.children(verb, "obj").stream().anyMatch(x -> x != noun)
                || !g.children(verb, "ccomp").isEmpty()
                || !g.children(verb, "xcomp").isEmpty()
                || g.children(verb, "obj").isEmpty()
                        && !g.children(verb, "nsubj:pass").isEmpty();
        return subject && object;
    }

    /** Whether a noun is a report, claim or accusation, or a clause: what a denial verb of rejection can deny. */
    private boolean claimLike(SentenceGraph g, int c) {
        Token t = g.token(c);
        String l = Clauses.lemma(g, c);
        if (!t.isNoun()) {
            return true;
        }
        return cues.is("report_noun", l)
                || cues.is("claim_noun", l)
                || l.equals("responsibility")
                || l.equals("role")
                || l.equals("involvement")
                || l.equals("suggestion")
                || l.equals("idea")
                || l.equals("notion")
                || l.equals("speculation")
                || l.equals("rumour")
                || l.equals("rumor")
                || cues.is("denial_word", l);
    }

    /** The denial word a label verb applies to its object: "called the reports groundless", "branded as a lie". */
    private Integer denialComplement(SentenceGraph g, int verb, int object) {
        Integer direct = denialChild(g, verb, object);
        if (direct != null
                || !g.token(object).isNoun()
                || !(cues.is("report_noun", Clauses.lemma(g, object))
                        || cues.is("claim_noun", Clauses.lemma(g, object)))) {
            return direct;
        }
        // "called claims that Ankara sold drones to Sudan 'baseless'": the parser may hang the word on the clause
        for (int i = object + 1; i < g.sentence().tokens().size(); i++) {
            if (cues.is("denial_word", Clauses.lemma(g, i)) && Clauses.within(g, i, verb)) {
                return i;
            }
        }
        return null;
    }

    /** Whether the clause hangs on its head through a speech participle: "…, saying that …" (advcl:saying), "…, adding …". */
    private boolean speechMark(SentenceGraph g, int clause, String rel) {
        String via = rel.substring(rel.indexOf(':') + 1);
        if (cues.is("report_verb", via)
                || via.equals("saying")
                || via.equals("adding")
                || via.equals("stating")
                || via.equals("explaining")) {
            return true;
        }
        return g.children(clause, "mark").stream()
                .anyMatch(m -> g.token(m).pos().equals("VBG") && cues.is("report_verb", Clauses.lemma(g, m)));
    }

    /** "revised its account", "changed the figure": a verb of change whose object is an account. */
    private boolean correctsAccount(SentenceGraph g, int verb) {
        String l = Clauses.lemma(g, verb);
        if (!(l.equals("change")
                || l.equals("revise")
                || l.equals("amend")
                || l.equals("update")
                || l.equals("alter")
                || l.equals("reverse"))) {
            return false;
        }
        return g.children(verb, "obj").stream()
                .anyMatch(o -> cues.is("report_noun", Clauses.lemma(g, o))
                        || cues.is("claim_noun", Clauses.lemma(g, o))
                        || Clauses.lemma(g, o).equals("figure")
                        || Clauses.lemma(g, o).equals("toll")
                        || Clauses.lemma(g, o).equals("assessment"));
    }

    private Integer denialChild(SentenceGraph g, int verb, int object) {
        for (Dependency d : g.sentence().children(verb)) {
            int w = d.dependent();
            if (w == object
                    || !(d.relation().equals("xcomp")
                            || d.relation().equals("obl:as")
                            || d.relation().equals("obj")
                            || d.relation().equals("ccomp"))) {
                continue;
            }
            if (cues.is("denial_word", Clauses.lemma(g, w))
                    || g.children(w, "amod").stream().anyMatch(a -> cues.is("denial_word", Clauses.lemma(g, a)))) {
                return w;
            }
        }
        return null;
    }

    private static String particle(SentenceGraph g, int verb) {
        for (int p : g.children(verb, "compound:prt")) {
            return Clauses.lemma(g, p);
        }
        for (int a : g.children(verb, "advmod")) {
            String l = Clauses.lemma(g, a);
            if (l.equals("back")
                    || l.equals("straight")
                    || l.equals("out")
                    || l.equals("off")
                    || l.equals("aside")
                    || l.equals("down")) {
                return l;
            }
        }
        for (int x : g.children(verb, "xcomp")) {
            if (Clauses.lemma(g, x).equals("straight")) {
                return "straight";
            }
        }
        return null;
    }

    private static boolean hasObject(SentenceGraph g, int verb, String lemma) {
        return g.children(verb, "obj").stream()
                .anyMatch(o -> Clauses.lemma(g, o).equals(lemma));
    }

    /** "is said to have", "is understood to": a report verb in the passive with an infinitive. */
    private static boolean passive(SentenceGraph g, int verb) {
        return !g.children(verb, "aux:pass").isEmpty()
                || !g.children(verb, "nsubj:pass").isEmpty();
    }
}
