package org.backchannel.coder.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.io.Tsv;

/** The prepositions and nouns that say where an event happened ({@code places/location-cues.tsv}). */
final class LocationCues {
    static final String RESOURCE = "/backchannel/places/location-cues.tsv";

    /** What an adjunct's preposition admits as the event's place. */
    enum Admits {
        /** any place: a city, a country, a capital */
        ANY_PLACE,
        /** a named city or a place noun; a country or capital there is a party ("sanctions on Russia") */
        CITY_ONLY
    }

    private final Map<String, Admits> prepositions = new HashMap<>();
    private final Set<String> nouns = new HashSet<>();

    static LocationCues load() {
        LocationCues c = new LocationCues();
        for (Tsv.Row r : Tsv.resource(RESOURCE)) {
            String word = r.col(1).toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                throw r.error("missing word");
            }
            switch (r.col(0)) {
                case "preposition" -> c.prepositions.put(word, Admits.ANY_PLACE);
                case "preposition-city" -> c.prepositions.put(word, Admits.CITY_ONLY);
                case "noun" -> c.nouns.add(word);
                default -> throw r.error("kind must be preposition, preposition-city or noun, not '" + r.col(0) + "'");
            }
        }
        return c;
    }

    /** What the case marker of an obl:/nmod: relation admits, or null when it says nothing about place. */
    Admits preposition(String subtype) {
        return prepositions.get(subtype.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun (by lemma) stands for a part of a place: "outskirts", "port", "province". */
    boolean placeNoun(String lemma) {
        return nouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    int size() {
        return prepositions.size() + nouns.size();
    }
}
