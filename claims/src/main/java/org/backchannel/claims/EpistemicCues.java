package org.backchannel.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.io.Tsv;

/** The cue lists of {@code backchannel/claims/epistemic-cues.tsv}, by kind. */
public final class EpistemicCues {
    private final Map<String, Set<String>> byKind = new HashMap<>();

    private static final EpistemicCues DEFAULTS = load();

    public static EpistemicCues defaults() {
        return DEFAULTS;
    }

    private static EpistemicCues load() {
        EpistemicCues c = new EpistemicCues();
        for (Tsv.Row r : Tsv.resource("/backchannel/claims/epistemic-cues.tsv")) {
            c.byKind
                    .computeIfAbsent(r.col(0), k -> new HashSet<>())
                    .add(r.col(1).toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /** Whether {@code word} (a lemma, or a phrase for *_phrase kinds) is a cue of {@code kind}. */
    public boolean is(String kind, String word) {
        return byKind.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words (lemmas, lower case) of one kind of cue. */
    public Set<String> words(String kind) {
        return java.util.Collections.unmodifiableSet(byKind.getOrDefault(kind, Set.of()));
    }

    /** The first phrase of {@code kind} that occurs in {@code text}, or null. */
    public String phraseIn(String kind, String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replace('\u2019', '\'') + " ";
        for (String p : byKind.getOrDefault(kind, Set.of())) {
            for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                int end = at + p.length();
                if ((at == 0 || !Character.isLetter(t.charAt(at - 1)))
                        && (end >= t.length() || !Character.isLetter(t.charAt(end)))) {
                    return p;
                }
            }
        }
        return null;
    }

    public Set<String> all(String kind) {
        return byKind.getOrDefault(kind, Set.of());
    }
}
