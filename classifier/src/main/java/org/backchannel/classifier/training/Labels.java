package org.backchannel.classifier.training;

import java.util.List;
import java.util.Set;
import org.backchannel.coder.learned.Clause;
import org.backchannel.coder.learned.RootScores;

/** What is known of the events a training sentence tells, and so which of its clauses get which label. */
public sealed interface Labels {

    /**
     * The label of a clause whose sides have these countries (null when unknown), or null when the
     * sentence does not say.
     */
    String label(Clause clause, String sourceCountry, String targetCountry);

    /** A pattern's example sentence: the clause the pattern codes tells the pattern's root; others are not known. */
    record PatternExample(String root, String head) implements Labels {
        @Override
        public String label(Clause clause, String sourceCountry, String targetCountry) {
            if (clause.coded() == null || !clause.coded().root().equals(root)) {
                return null;
            }
            String lemma = clause.graph().token(clause.predicate()).lemma().toLowerCase(java.util.Locale.ROOT);
            return List.of(head.split("_")).contains(lemma) ? root : null;
        }
    }

    /**
     * Events a person coded in the sentence. A clause whose sides are an event's (in either order)
     * tells that event's root, or the coded root when the event allows it; when the list is
     * exhaustive (a gold record), a clause whose sides are no event's tells none.
     */
    record GoldEvents(List<GoldPair> events, boolean exhaustive) implements Labels {
        @Override
        public String label(Clause clause, String sourceCountry, String targetCountry) {
            if (sourceCountry == null || targetCountry == null) {
                return null;
            }
            Set<String> pair = Set.copyOf(List.of(sourceCountry, targetCountry));
            List<GoldPair> same = events.stream()
                    .filter(e -> e.source() != null
                            && e.target() != null
                            && Set.copyOf(List.of(e.source(), e.target())).equals(pair))
                    .toList();
            boolean halfKnown = events.stream()
                    .anyMatch(e -> (e.source() == null || e.target() == null)
                            && ((e.source() != null && pair.contains(e.source()))
                                    || (e.target() != null && pair.contains(e.target()))));
            if (same.isEmpty()) {
                return exhaustive && !halfKnown ? RootScores.NONE : null;
            }
            if (clause.coded() != null
                    && same.stream()
                            .anyMatch(e -> e.roots().contains(clause.coded().root()))) {
                return clause.coded().root();
            }
            List<String> mains =
                    same.stream().map(e -> e.roots().get(0)).distinct().toList();
            return mains.size() == 1
                    ? mains.get(0)
                    : null; // two events between the same sides: which is this clause's?
        }
    }

    /**
     * One gold event's sides (country codes, either may be null) and the CAMEO roots it allows, its
     * own first.
     */
    record GoldPair(String source, String target, List<String> roots) {
        public GoldPair {
            roots = List.copyOf(roots);
        }
    }
}
