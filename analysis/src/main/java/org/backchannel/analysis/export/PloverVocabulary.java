package org.backchannel.analysis.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.io.Tsv;

/** PLOVER's event categories, contexts and modes, and how Backchannel's own context tags map onto them (plover-vocabulary.tsv). */
public final class PloverVocabulary {
    private static final PloverVocabulary DEFAULT = new PloverVocabulary();

    private final Set<String> events = new HashSet<>();
    private final Set<String> contexts = new HashSet<>();
    private final Map<String, String> mapped = new HashMap<>();
    private final Set<String> modes = new HashSet<>();

    private PloverVocabulary() {
        for (Tsv.Row r : Tsv.resource("/backchannel/export/plover-vocabulary.tsv")) {
            switch (r.col(0)) {
                case "event" -> events.add(r.col(1));
                case "context" -> contexts.add(r.col(1));
                case "map" -> mapped.put(r.col(1), r.col(2));
                case "mode" -> modes.add(r.col(1) + " " + r.col(2));
                default -> throw r.error("unknown kind " + r.col(0));
            }
        }
        for (Map.Entry<String, String> m : mapped.entrySet()) {
            if (!contexts.contains(m.getValue())) {
                throw new IllegalStateException("plover-vocabulary.tsv maps " + m.getKey() + " to " + m.getValue()
                        + ", which is no PLOVER context");
            }
        }
    }

    public static PloverVocabulary defaults() {
        return DEFAULT;
    }

    public boolean isEvent(String category) {
        return events.contains(category);
    }

    /** The PLOVER context for a Backchannel context tag, or null when PLOVER has none. */
    public String context(String tag) {
        return contexts.contains(tag) ? tag : mapped.get(tag);
    }

    /** Whether PLOVER lists {@code mode} for the event category. */
    public boolean isMode(String category, String mode) {
        return modes.contains(category + " " + mode);
    }

    public Set<String> contexts() {
        return Set.copyOf(contexts);
    }
}
