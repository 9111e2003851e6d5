package org.backchannel.coder.patterns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.model.io.Tsv;

/** The verb and noun patterns, indexed by head lemma, most specific first, and the discard list. */
public final class PatternSet {
    private static final String DIR = "/backchannel/patterns/";
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final List<EventPattern> all = new ArrayList<>();
    private DiscardList discards = DiscardList.EMPTY;

    /** The built-in patterns and discards of {@code patterns/manifest.tsv}; every code must be in the codebook. */
    public static PatternSet load(Codebook codebook) {
        PatternSet p = new PatternSet();
        for (Tsv.Row file : Tsv.resource(DIR + "manifest.tsv")) {
            String kind = file.col(1);
            switch (kind) {
                case "verb", "noun" -> p.add(
                        DIR + file.col(0), kind.equals("noun"), file.col(2).equals("provenance"), codebook);
                case "discard" -> p.discards = DiscardList.load(DIR + file.col(0));
                default -> throw file.error("unknown kind " + kind + " (verb, noun or discard)");
            }
        }
        p.verbs.values().forEach(PatternSet::sort);
        p.nouns.values().forEach(PatternSet::sort);
        return p;
    }

    /** A set of the given patterns and discards, instead of the built-in ones (tests, tools). */
    public static PatternSet of(Collection<EventPattern> patterns, DiscardList discards) {
        PatternSet p = new PatternSet();
        for (EventPattern ep : patterns) {
            (ep.noun() ? p.nouns : p.verbs)
                    .computeIfAbsent(ep.head(), k -> new ArrayList<>())
                    .add(ep);
            p.all.add(ep);
        }
        p.verbs.values().forEach(PatternSet::sort);
        p.nouns.values().forEach(PatternSet::sort);
        p.discards = discards;
        return p;
    }

    /**
     * One pattern file. Hand-written files give an example sentence in the third column; converted
     * files give the line of the dictionary they come from, and may mark a use as no event ("---").
     */
    private void add(String resource, boolean noun, boolean provenance, Codebook codebook) {
        for (Tsv.Row r : Tsv.resource(resource)) {
            boolean noEvent = provenance && r.col(0).equals(EventPattern.NO_EVENT);
            if (!noEvent && codebook.find(r.col(0)).isEmpty()) {
                throw r.error("code " + r.col(0) + " is not in the codebook");
            }
            EventPattern ep;
            try {
                ep = EventPattern.parse(
                        r.col(0), r.col(1), noun, provenance ? null : r.col(2), r.source() + ":" + r.line());
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            (noun ? nouns : verbs)
                    .computeIfAbsent(ep.head(), k -> new ArrayList<>())
                    .add(ep);
            all.add(ep);
        }
    }

    private static void sort(List<EventPattern> list) {
        list.sort(Comparator.comparingInt(EventPattern::specificity).reversed());
    }

    public List<EventPattern> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<EventPattern> nouns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public Collection<EventPattern> all() {
        return all;
    }

    /** Phrases whose sentence or story yields no events (sports, history, weather). */
    public DiscardList discards() {
        return discards;
    }
}
