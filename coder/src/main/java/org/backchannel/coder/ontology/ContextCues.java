package org.backchannel.coder.ontology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.model.io.Tsv;

/** PLOVER context tags (economic, resource, military, …) and their cue words. */
public final class ContextCues {
    private final Map<String, List<String[]>> cues = new LinkedHashMap<>();

    public static ContextCues load() {
        ContextCues c = new ContextCues();
        for (Tsv.Row r : Tsv.resource("/backchannel/ontology/context-cues.tsv")) {
            List<String[]> words = new ArrayList<>();
            for (String cue : r.list(1)) {
                words.add(cue.toLowerCase(Locale.ROOT).split("[\\s_]+"));
            }
            c.cues.merge(r.col(0), words, (x, y) -> {
                x.addAll(y);
                return x;
            });
        }
        return c;
    }

    /** Context tags whose cues occur among the sentence's lemmas (multiword cues as sequences). */
    public Set<String> tags(List<String> lemmas) {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, List<String[]>> e : cues.entrySet()) {
            for (String[] cue : e.getValue()) {
                if (occurs(lemmas, cue)) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean occurs(List<String> lemmas, String[] cue) {
        outer:
        for (int i = 0; i + cue.length <= lemmas.size(); i++) {
            for (int j = 0; j < cue.length; j++) {
                if (!lemmas.get(i + j).equals(cue[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public Set<String> contexts() {
        return cues.keySet();
    }
}
