package org.backchannel.claims;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Status;
import org.backchannel.model.Token;

/**
 * Reads an event's status and speaker from the dependency path between its predicate and the
 * sentence root. Every cue is bound to the clause it governs: a cue reaches the predicate only when
 * the predicate lies below it, in its complement, subject or argument, never in a clause beside it
 * ("X seized a tanker; it was unclear whether the crew was harmed" leaves the seizure asserted).
 *
 * <p>Three kinds of cue are collected on the way up, and decide in this order:
 * <ol>
 * <li><b>Frames</b> that dominate whatever they govern: a question ("?", "asked whether", "the
 * question is whether"), a denial ("denied that", "rejected reports that", "called the reports
 * groundless", "there is no truth to reports that"), a correction ("later clarified that",
 * "retracted its report that", "in fact", "contrary to earlier reports", a correction notice in this
 * or the previous sentence, a speaker who "acknowledged" after having "insisted"), and doubt ("it is
 * unclear whether", "could not be verified", "unconfirmed reports", "may have sold"). The strongest
 * wins: question, denied, corrected, uncertain.</li>
 * <li><b>Inner cues</b> of the clause itself and of the clauses it is an argument of, up to the
 * nearest speech verb: negation ("did not", "never", "no talks", "failed to", "has yet to", "without
 * an agreement") and possibility ("would", "if", "plans to", "a possible meeting", "Should talks
 * fail"). Negation wins over possibility. A negated event whose nearest speaker is a party to it is
 * denied: a side that says it did not happen denies it ("the Kremlin said there had been no
 * contacts").</li>
 * <li><b>Speech</b>: the nearest speech verb, noun or adverb ("officials said", "according to",
 * "reportedly", "Iran's allegation", "as The Guardian reported"), read as reported or claimed by
 * {@link SpeakerStake}.</li>
 * </ol>
 * What remains is asserted, with the predicate's own clause as its scope.
 */
final class StatusReader {
    private static final int MAX_DEPTH = 14;
    private final EpistemicCues cues;
    private final Negation negation;
    private final Frames frames;
    private final DoubtBeside doubtBeside;

    StatusReader(EpistemicCues cues) {
        this.cues = cues;
        this.doubtBeside = new DoubtBeside(cues);
        this.negation = new Negation(cues);
        this.frames = new Frames(cues, negation);
    }

    /**
     * The reading of the event at {@code predicate}.
     *
     * @param afterNotice whether this sentence or the one before opens with a correction notice
     * @param party       whether a speaker (actor id) is a party to the event
     */
    Reading read(SentenceGraph g, int predicate, boolean afterNotice, Predicate<String> party) {
        if (isQuestion(g)) {
            return new Reading(Status.QUESTION, "?", null, -1, -1);
        }
        Reading frame = Reading.ASSERTED;
        Reading inner = Reading.ASSERTED;
        Reading speech = null;
        Reading closing = null;
        if (afterNotice) {
            frame = new Reading(Status.CORRECTED, "correction notice", null, -1, -1);
        }
        boolean innerReaches = true;
        boolean governorReaches = true;
        int node = predicate;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            for (Reading r : local(g, node, predicate)) {
                if (r.isSpeech() && trailing(g, r)) {
                    // "…, Cardinal Zuppi said.": the attribution closing the sentence covers all of it, whatever it
                    // hangs on
                    closing = closing == null ? r : closing;
                } else if (r.isSpeech()) {
                    speech = speech == null ? r : speech;
                } else if (r.isInner()) {
                    inner = innerReaches && speech == null ? strongest(inner, r) : inner;
                } else {
                    frame = strongest(frame, r);
                }
            }
            Dependency up = Clauses.up(g, node);
            if (up == null) {
                break;
            }
            Reading gov = frames.governed(g, up);
            if (gov.isSpeech()) {
                speech = speech == null ? gov : speech;
            } else if (gov.isInner()) {
                // a plan or a failure reaches through any complement, not through a clause merely attached
                inner = governorReaches && speech == null ? strongest(inner, gov) : inner;
            } else if (!gov.isAsserted()) {
                frame = strongest(frame, gov);
            }
            innerReaches = innerReaches && speech == null && carries(g, up);
            governorReaches = governorReaches && speech == null && !boundary(up.relation());
            node = up.governor();
        }
        if (speech == null) {
            speech = closing != null ? closing : trailingAttribution(g, predicate);
        }
        if (frame.isAsserted() && inner.isAsserted()) {
            Reading fallback = sameClauseCue(g, predicate);
            fallback = fallback == null ? doubtBeside.about(g, predicate) : fallback;
            frame = fallback == null ? frame : fallback;
        }
        String speaker = speech == null ? null : speech.speakerId();
        if (!frame.isAsserted()) {
            return frame.speakerId() == null ? frame.withSpeaker(speaker) : frame;
        }
        if (inner.status() == Status.NEGATED
                && speech != null
                && speaker != null
                && party.test(speaker)
                && !modal(g, predicate)) {
            // a side that says it did not happen denies it ("would not help" is a refusal, not a denial)
            return new Reading(
                    Status.DENIED, speech.cue() + " … " + inner.cue(), speaker, speech.governor(), speech.scope());
        }
        if (!inner.isAsserted()) {
            return inner.withSpeaker(speaker);
        }
        if (speech != null) {
            return SpeakerStake.judge(speech, party);
        }
        String forecast = forecast(g);
        if (forecast != null) {
            return new Reading(Status.HYPOTHETICAL, "forecast: " + forecast, null, -1, -1);
        }
        return new Reading(Status.ASSERTED, null, null, -1, clauseOf(g, predicate));
    }

    /**
     * Whether inner cues above this step still reach the predicate: a negation or modal of the clause
     * covers its subject, objects and complements ("did not hold talks", "could agree a ceasefire"),
     * not its relative or adverbial clauses ("did not renew the deal, which Turkey brokered").
     */
    private static boolean carries(SentenceGraph g, Dependency up) {
        String rel = up.relation();
        if (rel.startsWith("conj")) {
            // a conjunct with its own subject or auxiliary is a clause of its own
            return g.children(up.dependent(), "nsubj").isEmpty()
                    && g.children(up.dependent(), "aux").isEmpty()
                    && g.children(up.dependent(), "nsubj:pass").isEmpty();
        }
        return rel.equals("obj")
                || rel.equals("iobj")
                || rel.equals("xcomp")
                || rel.equals("ccomp")
                || rel.startsWith("nsubj")
                || rel.startsWith("obl") && !rel.equals("obl:tmod")
                || rel.startsWith("nmod:of")
                || rel.startsWith("csubj");
    }

    /**
     * "Maduro's capture (later clarified as a detention)": a correction verb set off by a bracket or a
     * comma right after the predicate, however the parser attached the aside.
     */
    private Reading correctionNear(SentenceGraph g, int predicate) {
        int end = Math.min(g.sentence().tokens().size(), predicate + 6);
        boolean aside = false;
        for (int i = predicate + 1; i < end; i++) {
            Token t = g.token(i);
            String w = t.word();
            aside = aside
                    || w.equals("(")
                    || w.equals("-LRB-")
                    || w.equals(",")
                    || w.equals("\u2013")
                    || w.equals("\u2014");
            if (aside && t.isVerb() && cues.is("correct_verb", t.lemma().toLowerCase(Locale.ROOT))) {
                return new Reading(Status.CORRECTED, t.word(), null, i, predicate);
            }
        }
        return null;
    }

    /**
     * A doubt or correction cue the parser hung elsewhere in the predicate's own clause ("…, details
     * remain limited", "had initially …"): read when the path gave nothing. The clause ends where a
     * clause beside it begins: parataxis, a conjunct with its own subject, an adverbial or relative
     * clause. A correction speaks of the account the whole sentence gives ("X said 12 missiles had hit;
     * the figure was later revised"), so its cue counts anywhere in the sentence; a doubt only in the
     * predicate's clause.
     */
    private Reading sameClauseCue(SentenceGraph g, int predicate) {
        int home = region(g, predicate);
        String text = g.sentence().text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String kind : List.of("correct_phrase", "uncertain_phrase")) {
            for (String phrase : cues.all(kind)) {
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    int token = tokenAt(g, g.sentence().charStart() + at);
                    if (token >= 0 && (region(g, token) == home || kind.equals("correct_phrase"))) {
                        Status s = kind.equals("correct_phrase") ? Status.CORRECTED : Status.UNCERTAIN;
                        return new Reading(s, phrase, null, token, home);
                    }
                }
            }
        }
        for (Token t : g.sentence().tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean doubt = cues.is("uncertain", lemma) && (t.pos().startsWith("JJ") || t.isNoun());
            boolean correction = t.isVerb() && cues.is("correct_verb", lemma) && !lemma.equals("update")
                    || t.isNoun() && cues.is("correct_noun", lemma);
            if ((doubt || correction) && t.index() != predicate && (region(g, t.index()) == home || correction)) {
                return new Reading(doubt ? Status.UNCERTAIN : Status.CORRECTED, t.word(), null, t.index(), home);
            }
        }
        return null;
    }

    /** The clause a token belongs to, for {@link #sameClauseCue}. */
    private static int region(SentenceGraph g, int token) {
        int at = token;
        for (int depth = 0; depth < 20; depth++) {
            Dependency up = Clauses.up(g, at);
            if (up == null) {
                return at;
            }
            String rel = up.relation();
            boolean ownClause = rel.equals("parataxis")
                    || rel.startsWith("advcl")
                    || rel.equals("acl:relcl")
                    || rel.startsWith("conj")
                            && (!g.children(at, "nsubj").isEmpty()
                                    || !g.children(at, "nsubj:pass").isEmpty());
            if (ownClause) {
                return at;
            }
            at = up.governor();
        }
        return at;
    }

    /** The token that starts at or covers a document offset, or -1. */
    private static int tokenAt(SentenceGraph g, int offset) {
        for (Token t : g.sentence().tokens()) {
            if (t.begin() <= offset && offset < t.end() || t.begin() >= offset) {
                return t.index();
            }
        }
        return -1;
    }

    /** An earlier-account adverb on a verb ("first stated", "initially reported"), or null. */
    private String earlierAdverb(SentenceGraph g, int verb) {
        for (int a : g.children(verb, "advmod")) {
            if (cues.is("earlier_account", Clauses.lemma(g, a))) {
                return g.token(a).word();
            }
        }
        return null;
    }

    /** Whether the sentence speaks of an earlier account ("first", "initially", "originally"). */
    private boolean earlierInSentence(SentenceGraph g) {
        return g.sentence().tokens().stream()
                .anyMatch(t -> cues.is("earlier_account", t.lemma().toLowerCase(Locale.ROOT))
                        && !t.lemma().equalsIgnoreCase("earlier")
                        && (t.pos().startsWith("RB") || t.pos().startsWith("JJ")));
    }

    /** Whether a speech reading comes from a verb that closes the sentence ("…, officials said."). */
    private static boolean trailing(SentenceGraph g, Reading r) {
        if (r.governor() < 0) {
            return false;
        }
        List<Token> t = g.sentence().tokens();
        for (int i = r.governor() + 1; i < t.size(); i++) {
            if (Character.isLetterOrDigit(t.get(i).word().charAt(0)) && !Clauses.within(g, i, r.governor())) {
                return false;
            }
        }
        for (int i = r.governor() - 1; i >= 0; i--) {
            if (!Clauses.within(g, i, r.governor())) {
                return t.get(i).word().equals(",")
                        || i + 1 < t.size() && t.get(i + 1).word().equals(",");
            }
        }
        return false;
    }

    /** A predicate with a modal auxiliary ("will", "would", "could"): a future or possible act. */
    private static boolean modal(SentenceGraph g, int predicate) {
        return g.children(predicate, "aux").stream()
                .anyMatch(a -> g.token(a).pos().equals("MD"));
    }

    /** A relative, adverbial or side clause: what lies below it is told, not planned or negated by what lies above. */
    private static boolean boundary(String rel) {
        return rel.equals("acl:relcl")
                || rel.startsWith("advcl")
                || rel.equals("parataxis")
                || rel.equals("appos")
                || rel.startsWith("conj");
    }

    /** Cues attached to one node of the path. */
    private List<Reading> local(SentenceGraph g, int node, int predicate) {
        List<Reading> out = new java.util.ArrayList<>();
        Token n = g.token(node);
        String neg = negation.of(g, node);
        if (neg != null) {
            out.add(new Reading(Status.NEGATED, neg, null, node, node));
        }
        String lemmaOfNode = Clauses.lemma(g, node);
        if (node != predicate && (lemmaOfNode.equals("nothing") || lemmaOfNode.equals("none"))) {
            out.add(new Reading(Status.NEGATED, g.token(node).word(), null, node, node)); // "had nothing to do with"
        }
        boolean perfect = g.children(node, "aux").stream()
                .anyMatch(a -> Clauses.lemma(g, a).equals("have"));
        for (Dependency d : g.sentence().children(node)) {
            Token c = g.token(d.dependent());
            String lemma = c.lemma().toLowerCase(Locale.ROOT);
            String rel = d.relation();
            if (rel.equals("aux") && cues.is("modal", lemma)) {
                boolean past = perfect
                        && (lemma.equals("may")
                                || lemma.equals("might")
                                || lemma.equals("could")
                                || lemma.equals("must"));
                // "may have sold": a past event hedged; "may sell": a possible one
                out.add(new Reading(
                        past ? Status.UNCERTAIN : Status.HYPOTHETICAL,
                        past ? c.word() + " have" : c.word(),
                        null,
                        node,
                        node));
            } else if ((rel.equals("aux") || rel.equals("cop") || rel.equals("aux:pass"))
                    && cues.is("inversion", lemma)
                    && inverted(g, node, d.dependent())) {
                out.add(new Reading(
                        Status.HYPOTHETICAL,
                        c.word() + " …",
                        null,
                        node,
                        node)); // "Should talks fail", "Were Israel to strike"
            } else if (rel.equals("advmod") && cues.is("report_adverb", lemma)) {
                out.add(new Reading(Status.REPORTED, c.word(), null, -1, node));
            } else if (rel.equals("advmod") && cues.is("claim_adverb", lemma)) {
                out.add(new Reading(Status.CLAIMED, c.word(), null, -1, node));
            } else if (rel.equals("advmod") && cues.is("forecast", lemma)) {
                out.add(new Reading(Status.HYPOTHETICAL, c.word(), null, node, node));
            } else if (rel.equals("amod") && node == predicate && cues.is("report_adjective", lemma)) {
                out.add(new Reading(Status.REPORTED, c.word(), null, -1, node));
            } else if (rel.equals("amod") && node == predicate && cues.is("hypothetical_modifier", lemma)) {
                out.add(new Reading(Status.HYPOTHETICAL, c.word(), null, node, node));
            } else if (rel.equals("amod") && node == predicate && cues.is("uncertain_modifier", lemma)) {
                out.add(new Reading(Status.UNCERTAIN, c.word(), null, node, node));
            } else if ((rel.startsWith("nsubj") || rel.equals("obl:agent")) && hedgedBy(g, d.dependent()) != null) {
                out.add(new Reading(
                        Status.UNCERTAIN,
                        hedgedBy(g, d.dependent()) + " " + c.word(),
                        null,
                        node,
                        node)); // "suspected Israeli aircraft"
            } else if (rel.equals("mark") && cues.is("conditional", lemma) && !interrogativeIf(g, node)) {
                out.add(new Reading(Status.HYPOTHETICAL, c.word(), null, node, node));
            } else if (rel.startsWith("advcl") && conditional(g, d.dependent())) {
                // "offered aid if Pyongyang took steps": the offer holds only under the condition
                out.add(new Reading(Status.HYPOTHETICAL, "if", null, node, node));
            } else if (rel.startsWith("obl:according") || rel.startsWith("obl:in_accordance")) {
                String hedge = hedgedBy(g, d.dependent());
                out.add(
                        hedge != null
                                ? new Reading(
                                        Status.UNCERTAIN, "according to " + hedge + " " + c.word(), null, -1, node)
                                : new Reading(
                                        Status.REPORTED, "according to", Speakers.speaker(g, d.dependent()), -1, node));
            } else if ((rel.equals("obl:in") || rel.equals("obl:by"))
                    && (cues.is("claim_noun", lemma) || cues.is("report_noun", lemma))
                    && Speakers.possessor(g, d.dependent()) != null) {
                // "in Kyiv's telling", "by Moscow's account"
                out.add(new Reading(
                        cues.is("claim_noun", lemma) ? Status.CLAIMED : Status.REPORTED,
                        "in " + c.word(),
                        Speakers.possessor(g, d.dependent()),
                        -1,
                        node));
            } else if ((rel.equals("obl:in") || rel.startsWith("advcl"))
                    && (cues.is("correct_noun", lemma)
                            || cues.is("correct_verb", lemma) && c.pos().equals("VBG"))) {
                out.add(new Reading(
                        Status.CORRECTED,
                        c.word(),
                        null,
                        -1,
                        node)); // "In a correction issued on Tuesday", "Correcting its first account"
            } else if (rel.startsWith("advcl:as") && cues.is("report_verb", lemma) && d.dependent() != predicate) {
                String first = earlierAdverb(g, d.dependent());
                // "as The Guardian reported" relays; "not …, as first stated" names the account being corrected
                out.add(
                        first != null
                                ? new Reading(
                                        Status.CORRECTED, "as " + first + " " + c.word(), null, d.dependent(), node)
                                : new Reading(
                                        Status.REPORTED,
                                        "as … " + c.word(),
                                        Speakers.subject(g, d.dependent()),
                                        d.dependent(),
                                        node));
            } else if (rel.equals("advmod") && lemma.equals("actually") && earlierInSentence(g)) {
                out.add(new Reading(
                        Status.CORRECTED,
                        "actually",
                        null,
                        -1,
                        node)); // "what was first described as … was actually …"
            } else if ((rel.equals("acl")
                            || rel.equals("appos")
                            || rel.equals("parataxis")
                            || rel.equals("dep")
                            || rel.startsWith("acl:"))
                    && cues.is("correct_verb", lemma)
                    && node == predicate) {
                out.add(new Reading(
                        Status.CORRECTED,
                        c.word(),
                        null,
                        d.dependent(),
                        node)); // "Maduro's capture, later clarified as a detention"
            } else if (isInFact(g, d.dependent(), rel)
                    || rel.equals("advmod") && lemma.equals("contrary")
                    || rel.startsWith("obl:contrary")) {
                out.add(new Reading(
                        Status.CORRECTED,
                        rel.equals("advmod") || rel.startsWith("obl:contrary") ? "contrary to" : "in fact",
                        null,
                        -1,
                        node));
            } else if (rel.startsWith("nsubj")
                    && (lemma.equals("question") || lemma.equals("issue"))
                    && whetherClause(g, node)) {
                boolean open = g.children(d.dependent(), "amod").stream()
                        .anyMatch(a -> Clauses.lemma(g, a).equals("open"));
                out.add(new Reading(
                        open ? Status.UNCERTAIN : Status.QUESTION,
                        open ? "open question" : c.word() + " … whether",
                        null,
                        -1,
                        node));
            } else if ((rel.equals("parataxis") || rel.equals("ccomp") || rel.equals("dep"))
                    && d.dependent() > node
                    && c.isVerb()
                    && sourcing(c)
                    && (cues.is("report_verb", lemma) || cues.is("claim_verb", lemma) || cues.is("deny_verb", lemma))
                    && !g.children(d.dependent(), "nsubj").contains(predicate)) {
                // "Russian troops attacked the town, officials said": the speech verb trails the clause
                Status s = cues.is("deny_verb", lemma)
                        ? Status.DENIED
                        : cues.is("claim_verb", lemma) ? Status.CLAIMED : Status.REPORTED;
                out.add(new Reading(s, c.word(), Speakers.subject(g, d.dependent()), d.dependent(), node));
            } else if (rel.equals("advmod")
                    && cues.is("correct_adverb", lemma)
                    && cues.is("report_verb", n.lemma().toLowerCase(Locale.ROOT))) {
                out.add(new Reading(Status.CORRECTED, c.word() + " " + n.word(), null, node, node));
            }
        }
        if (node == predicate) {
            Reading near = correctionNear(g, predicate);
            if (near != null) {
                out.add(near);
            }
        }
        if (node == predicate
                && node >= 2
                && Clauses.word(g, node - 1).equals("to")
                && cues.is("hypothetical_governor", Clauses.lemma(g, node - 2))
                && !g.token(node - 2).isVerb()
                && out.stream().noneMatch(r -> r.status() == Status.HYPOTHETICAL)) {
            // "Xi and Biden plan to meet", where the parser took "plan" for a noun of the subject
            out.add(new Reading(Status.HYPOTHETICAL, g.token(node - 2).word() + " to", null, node - 2, node));
        }
        for (int p : g.children(node, "compound:prt")) {
            // "walked back", "set the record straight" on the predicate itself
            if (node == predicate && cues.is("correct_phrasal", Clauses.lemma(g, node) + " " + Clauses.lemma(g, p))) {
                out.add(new Reading(
                        Status.CORRECTED, n.word() + " " + g.token(p).word(), null, node, node));
            }
        }
        return out;
    }

    /**
     * Whether a speech verb after a clause can be its source: a finite one ("…, officials said"), or a
     * participle that cites one ("…, citing officials"); ", accusing Washington of …" and ", saying …"
     * are the subject's own further acts.
     */
    private static boolean sourcing(Token verb) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        return !verb.pos().equals("VBG") || lemma.equals("cite") || lemma.equals("quote");
    }

    /**
     * "…, monitors from the OSCE said." / "…, Israeli media reported.": a speech verb that ends the
     * sentence after a comma covers the clause before it, however the parser attached it.
     */
    private Reading trailingAttribution(SentenceGraph g, int predicate) {
        List<Token> t = g.sentence().tokens();
        int end = t.size() - 1;
        while (end >= 0 && !Character.isLetterOrDigit(t.get(end).word().charAt(0))) {
            end--;
        }
        for (int i = end; i >= Math.max(0, end - 3); i--) {
            Token v = t.get(i);
            String lemma = v.lemma().toLowerCase(Locale.ROOT);
            if (i <= predicate || !v.isVerb() || !commaBefore(g, i, predicate) || !sourcing(v)) {
                continue;
            }
            if (cues.is("report_verb", lemma) || cues.is("claim_verb", lemma)) {
                return new Reading(
                        cues.is("claim_verb", lemma) ? Status.CLAIMED : Status.REPORTED,
                        v.word(),
                        Speakers.subject(g, i),
                        i,
                        -1);
            }
        }
        // "…, according to court documents unsealed on Wednesday."
        for (int i = t.size() - 2; i > predicate; i--) {
            if (t.get(i).word().equals(",")) {
                if (i + 2 < t.size()
                        && t.get(i + 1).word().equalsIgnoreCase("according")
                        && t.get(i + 2).word().equalsIgnoreCase("to")) {
                    for (Dependency d : g.sentence().parents(i + 1)) {
                        return new Reading(Status.REPORTED, "according to", Speakers.speaker(g, d.governor()), -1, -1);
                    }
                    return new Reading(Status.REPORTED, "according to", null, -1, -1);
                }
                break;
            }
        }
        return null;
    }

    /** A comma between the predicate and the trailing speech verb. */
    private static boolean commaBefore(SentenceGraph g, int verb, int predicate) {
        for (int k = verb - 1; k > predicate; k--) {
            if (g.token(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "Expect …" at the start of a sentence: a forecast. */
    private String forecast(SentenceGraph g) {
        List<Token> t = g.sentence().tokens();
        int first = 0;
        while (first < t.size() && !Character.isLetter(t.get(first).word().charAt(0))) {
            first++;
        }
        if (first < t.size()
                && t.get(first).pos().equals("VB")
                && cues.is("forecast_start", t.get(first).lemma())) {
            return t.get(first).word();
        }
        return null;
    }

    /** A sentence that asks: it ends with a question mark (quotes and brackets aside). */
    static boolean isQuestion(SentenceGraph g) {
        String text = g.sentence().text().strip();
        int i = text.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '?';
    }

    /** The clause an asserted predicate belongs to: the predicate itself or, for a noun, the verb it is an argument of. */
    private static int clauseOf(SentenceGraph g, int predicate) {
        if (!g.token(predicate).isNoun()) {
            return predicate;
        }
        Dependency up = Clauses.up(g, predicate);
        return up != null
                        && (up.relation().equals("obj")
                                || up.relation().startsWith("nsubj")
                                || up.relation().startsWith("obl"))
                ? up.governor()
                : predicate;
    }

    /** The hedge on a noun ("suspected", "unconfirmed"), or null. */
    private String hedgedBy(SentenceGraph g, int noun) {
        for (int a : g.children(noun, "amod")) {
            if (cues.is("uncertain_modifier", Clauses.lemma(g, a))) {
                return g.token(a).word();
            }
        }
        return null;
    }

    /** Whether a clause is a condition: it opens with "if", "unless", "provided", or inverts its auxiliary. */
    private boolean conditional(SentenceGraph g, int clause) {
        for (Dependency d : g.sentence().children(clause)) {
            String l = Clauses.lemma(g, d.dependent());
            if (d.relation().equals("mark") && cues.is("conditional", l) && !interrogativeIf(g, clause)) {
                return true;
            }
            if ((d.relation().equals("aux") || d.relation().equals("cop"))
                    && cues.is("inversion", l)
                    && inverted(g, clause, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** "Should the talks collapse", "Were Israel to strike": the auxiliary opens the clause and precedes its subject, with no subordinator. */
    private static boolean inverted(SentenceGraph g, int clause, int aux) {
        if (!g.children(clause, "mark").isEmpty()) {
            return false;
        }
        int first = aux;
        for (int i = aux - 1; i >= 0; i--) {
            if (!Clauses.within(g, i, clause)) {
                break;
            }
            first = i;
        }
        if (first != aux) {
            return false;
        }
        for (int s : g.children(clause, "nsubj")) {
            if (s > aux) {
                return aux == 0
                        || !Character.isLetterOrDigit(g.token(aux - 1).word().charAt(0))
                        || Clauses.up(g, clause) != null;
            }
        }
        return false;
    }

    /** "asked if", "wonder if": an "if" that asks, not one that sets a condition. */
    private boolean interrogativeIf(SentenceGraph g, int clause) {
        Dependency up = Clauses.up(g, clause);
        return up != null && cues.is("question_governor", Clauses.lemma(g, up.governor()));
    }

    private static boolean whetherClause(SentenceGraph g, int node) {
        return g.children(node, "mark").stream()
                .anyMatch(m -> Clauses.lemma(g, m).equals("whether")
                        || Clauses.lemma(g, m).equals("if"));
    }

    /** "in fact" as an adverbial of the clause. */
    private static boolean isInFact(SentenceGraph g, int child, String rel) {
        if (!Clauses.lemma(g, child).equals("fact")
                || !(rel.startsWith("obl") || rel.equals("advmod") || rel.equals("nmod:in"))) {
            return false;
        }
        return g.children(child, "case").stream()
                        .anyMatch(c -> Clauses.lemma(g, c).equals("in"))
                || rel.equals("obl:in");
    }

    private static final List<Status> STRENGTH = List.of(
            Status.ASSERTED,
            Status.REPORTED,
            Status.CLAIMED,
            Status.HYPOTHETICAL,
            Status.UNCERTAIN,
            Status.CORRECTED,
            Status.NEGATED,
            Status.DENIED,
            Status.QUESTION);

    /** The stronger of two readings of the same kind; ties keep the first (the nearer to the predicate). */
    static Reading strongest(Reading a, Reading b) {
        return STRENGTH.indexOf(b.status()) > STRENGTH.indexOf(a.status()) ? b : a;
    }
}
