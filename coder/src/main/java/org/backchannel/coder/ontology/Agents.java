package org.backchannel.coder.ontology;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.backchannel.model.io.Tsv;

/** CAMEO agent (sector) codes and the nouns that signal them ("officials" → GOV). */
public final class Agents {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> byCue = new HashMap<>();

    public static Agents load() {
        Agents a = new Agents();
        for (Tsv.Row r : Tsv.resource("/backchannel/ontology/agents.tsv")) {
            String code = r.col(0);
            a.names.put(code, r.col(1));
            for (String cue : r.list(2)) {
                a.byCue.putIfAbsent(cue.toLowerCase(Locale.ROOT), code);
            }
        }
        return a;
    }

    public boolean isAgent(String code) {
        return names.containsKey(code);
    }

    /** The agent a cue noun or phrase signals (lemma form), or null. */
    public String forCue(String lemmaPhrase) {
        return byCue.get(lemmaPhrase.toLowerCase(Locale.ROOT));
    }

    /** Every cue noun or phrase, lower case. */
    public java.util.Set<String> cues() {
        return java.util.Collections.unmodifiableSet(byCue.keySet());
    }

    public Map<String, String> names() {
        return names;
    }
}
