package org.backchannel.coder.actors;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the words a text uses for an office ("VP", "foreign minister", "oil minister") against role
 * titles in the knowledge base ("Vice President", "Minister of Foreign Affairs", "Minister of
 * Petroleum").
 */
public final class TitleWords {
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "oil", List.of("oil", "petroleum", "hydrocarbons", "energy"),
            "petroleum", List.of("oil", "petroleum", "hydrocarbons"),
            "defense", List.of("defense", "defence"),
            "defence", List.of("defense", "defence"),
            "foreign", List.of("foreign", "external"),
            "finance", List.of("finance", "treasury", "economy"),
            "interior", List.of("interior", "home", "internal"));
    /** The words of each title seen, kept: the same few hundred titles are asked about for every mention. */
    private static final Map<String, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Set<String> RANK_WORDS = Set.of("vice", "deputy", "acting", "first", "former", "shadow");

    private TitleWords() {}

    /** Whether the role title carries every word, allowing synonyms, and no rank word it lacks. */
    public static boolean matches(String title, List<String> words) {
        Set<String> tw = WORDS.computeIfAbsent(
                title,
                t -> Set.copyOf(
                        List.of(Names.normalize(t).replaceAll("[^a-z ]", " ").split("\\s+"))));
        for (String w : words) {
            List<String> options = SYNONYMS.getOrDefault(w, List.of(w));
            if (options.stream().noneMatch(tw::contains)) {
                return false;
            }
        }
        for (String rank : RANK_WORDS) {
            if (tw.contains(rank) && !words.contains(rank)) {
                return false;
            }
        }
        return true;
    }
}
