package org.backchannel.coder.patterns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.model.io.Tsv;

/** The verb and noun patterns, indexed by head lemma, most specific first. */
public final class PatternSet {
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final List<EventPattern> all = new ArrayList<>();

    /** The built-in patterns; every code must be in the codebook. */
    public static PatternSet load(Codebook codebook) {
        PatternSet p = new PatternSet();
        for (Tsv.Row file : Tsv.resource("/backchannel/patterns/manifest.tsv")) {
            p.add("/backchannel/patterns/" + file.col(0), file.col(1).equals("noun"), codebook);
        }
        p.verbs.values().forEach(PatternSet::sort);
        p.nouns.values().forEach(PatternSet::sort);
        return p;
    }

    private void add(String resource, boolean noun, Codebook codebook) {
        for (Tsv.Row r : Tsv.resource(resource)) {
            if (codebook.find(r.col(0)).isEmpty()) {
                throw r.error("code " + r.col(0) + " is not in the codebook");
            }
            EventPattern ep;
            try {
                ep = EventPattern.parse(r.col(0), r.col(1), noun, r.col(2), r.source() + ":" + r.line());
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            (noun ? nouns : verbs).computeIfAbsent(ep.head(), k -> new ArrayList<>()).add(ep);
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
}
