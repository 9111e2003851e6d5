package org.backchannel.coder.learned;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.arguments.ArgumentFinder;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.Predicate;
import org.backchannel.coder.events.Match;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.EventCode;
import org.backchannel.model.Token;
import org.backchannel.model.io.Tsv;

/**
 * What the coder does with a classifier's reading of a sentence's clauses ({@link Uses}): it
 * proposes an event for a verb that no pattern coded although it has a resolved actor on either side
 * ("X blockaded Y"), when the classifier names a root with enough probability; and it doubts a coded
 * event whose root the classifier all but rules out while it is sure of another, marking the event's
 * trace or dropping it. Sentences without such clauses cost nothing.
 */
public final class SecondOpinion {
    /** The coder without a second opinion. */
    public static final SecondOpinion NONE = new SecondOpinion(null, null, Uses.OFF);

    /** Reading a verb's sides with no pattern of its own: a plain statement has no special side rules. */
    private static final String PROBE_CODE = "010";

    private static final Set<String> NO_PROPOSAL = noProposalVerbs();

    private final ClauseClassifier classifier;
    private final Uses uses;
    private final Knowledge knowledge;
    private final PredicateMatcher matcher;
    private final ArgumentFinder arguments;

    /**
     * What the coder does with the classifier's scores.
     *
     * @param propose        propose events for uncoded verbs with two resolved sides
     * @param proposeAt      the least probability of the top root (not "none") for a proposal
     * @param flag           what a doubted coded event becomes
     * @param flagAt         the least probability of another class for a doubt
     * @param flagCodedBelow the coded root's probability must be below this for a doubt
     */
    public record Uses(boolean propose, double proposeAt, Flag flag, double flagAt, double flagCodedBelow) {
        public static final Uses OFF = new Uses(false, 1, Flag.OFF, 1, 0);

        public boolean any() {
            return propose || flag != Flag.OFF;
        }
    }

    /** What a coded event the classifier doubts becomes. */
    public enum Flag {
        /** Not asked: coded events are not classified at all. */
        OFF,
        /** Kept, with the doubt in its trace. */
        MARK,
        /** Dropped. */
        DROP
    }

    public SecondOpinion(Knowledge knowledge, ClauseClassifier classifier, Uses uses) {
        this.classifier = classifier;
        this.uses = classifier == null ? Uses.OFF : uses;
        this.knowledge = knowledge;
        this.matcher = knowledge == null ? null : new PredicateMatcher(knowledge.patterns());
        this.arguments = knowledge == null ? null : new ArgumentFinder(knowledge.actors());
    }

    public Uses uses() {
        return uses;
    }

    /** Nanoseconds the classifier has spent so far (0 without one). */
    public long busyNanos() {
        return classifier == null ? 0 : classifier.busyNanos();
    }

    /** The sentence's matches with the second opinion applied: doubted ones marked or dropped, proposals added. */
    public List<Match> review(SentenceGraph g, List<Match> coded) {
        if (!uses.any()) {
            return coded;
        }
        List<Clause> asked = new ArrayList<>();
        List<Match> subjects = new ArrayList<>(); // the match each clause is about
        if (uses.flag() != Flag.OFF) {
            for (Match m : coded) {
                Arguments a = m.arguments();
                if (!a.sources().isEmpty() && !a.targets().isEmpty()) {
                    asked.add(Clause.of(
                            g,
                            m.predicate().token(),
                            a.sources().get(0),
                            a.targets().get(0),
                            m.predicate().code()));
                    subjects.add(m);
                }
            }
        }
        if (uses.propose()) {
            for (Match probe : uncoded(g, coded)) {
                Arguments a = probe.arguments();
                asked.add(Clause.of(
                        g,
                        probe.predicate().token(),
                        a.sources().get(0),
                        a.targets().get(0),
                        null));
                subjects.add(probe);
            }
        }
        if (asked.isEmpty()) {
            return coded;
        }
        List<RootScores> scores = classifier.classify(asked);
        List<Match> out = new ArrayList<>();
        for (Match m : coded) {
            int k = subjects.indexOf(m);
            RootScores s = k < 0 ? null : scores.get(k);
            if (s == null || !doubts(s, m.predicate().code().root())) {
                out.add(m);
            } else if (uses.flag() == Flag.MARK) {
                out.add(marked(m, s));
            }
        }
        for (int k = 0; k < asked.size(); k++) {
            if (asked.get(k).coded() == null) {
                Match proposal = proposal(subjects.get(k), scores.get(k));
                if (proposal != null) {
                    out.add(proposal);
                }
            }
        }
        return out;
    }

    /**
     * Verbs of the sentence that no pattern coded, with a resolved actor as subject and one as object
     * or prepositional argument, each as a match under a neutral probe code.
     */
    private List<Match> uncoded(SentenceGraph g, List<Match> coded) {
        Set<Integer> taken = new HashSet<>();
        coded.forEach(m -> taken.add(m.predicate().token()));
        List<Match> out = new ArrayList<>();
        EventCode probeCode = knowledge.ontology().codebook().get(PROBE_CODE);
        for (Token t : g.sentence().tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!t.isVerb()
                    || taken.contains(t.index())
                    || NO_PROPOSAL.contains(lemma)
                    || g.mentionAt(t.index()) != null
                    || knownNoEvent(lemma)
                    || matcher.match(g, t.index()) != null) {
                continue; // a pattern that fired and was not kept, or marks the use as no event: the coder has decided
            }
            Predicate probe = new Predicate(g, t.index(), pattern(PROBE_CODE, lemma, "probe"), probeCode);
            Arguments a = arguments.find(probe);
            if (!a.sources().isEmpty() && !a.targets().isEmpty()) {
                out.add(new Match(probe, a));
            }
        }
        return out;
    }

    /** Whether the classifier rules out a coded root while it is sure of another class. */
    private boolean doubts(RootScores s, String codedRoot) {
        return !s.top().equals(codedRoot)
                && s.topProbability() >= uses.flagAt()
                && s.of(codedRoot) < uses.flagCodedBelow();
    }

    private Match proposal(Match probe, RootScores s) {
        String root = s.top();
        if (root.equals(RootScores.NONE) || s.topProbability() < uses.proposeAt()) {
            return null;
        }
        EventCode code = knowledge.ontology().codebook().find(root + "0").orElse(null);
        if (code == null) {
            return null;
        }
        Predicate p = probe.predicate();
        String lemma = p.word().lemma().toLowerCase(Locale.ROOT);
        String trace = String.format(Locale.ROOT, "classifier p=%.2f", s.topProbability());
        return new Match(
                new Predicate(p.graph(), p.token(), pattern(code.cameo(), lemma, trace), code), probe.arguments());
    }

    /** The match with the doubt in its pattern's source, which the event's trace shows. */
    private static Match marked(Match m, RootScores s) {
        EventPattern p = m.predicate().pattern();
        String doubt = String.format(
                Locale.ROOT, "%s (classifier doubts: %s p=%.2f)", p.source(), s.top(), s.topProbability());
        EventPattern q = new EventPattern(
                p.code(),
                p.head(),
                p.noun(),
                p.objects(),
                p.preposition(),
                p.prepObjects(),
                p.complements(),
                p.possessorIsTarget(),
                p.example(),
                doubt);
        Predicate old = m.predicate();
        return new Match(new Predicate(old.graph(), old.token(), q, old.code()), m.arguments());
    }

    /** A bare verb pattern, as the dictionaries would write it with no constraints. */
    private static EventPattern pattern(String code, String lemma, String source) {
        return new EventPattern(code, lemma, false, Set.of(), null, Set.of(), Set.of(), false, null, source);
    }

    /** Whether the dictionaries mark some use of the verb as no event: the verb is theirs to read. */
    private boolean knownNoEvent(String lemma) {
        for (EventPattern p : knowledge.patterns().verbs(lemma)) {
            if (p.noEvent()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> noProposalVerbs() {
        Set<String> out = new HashSet<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/learned/no-proposal-verbs.tsv")) {
            out.add(r.col(0));
        }
        return Set.copyOf(out);
    }
}
