package org.backchannel.coder.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up token sequences ("Delcy Rodríguez", "White House", "Venezuelan") among the names, aliases,
 * demonyms, capitals and metonyms of known actors. Keys are normalized by {@link Names}.
 */
public final class NameIndex {
    /** How a surface form names its actor. */
    public enum Kind {
        NAME,
        ALIAS,
        DEMONYM,
        CAPITAL,
        METONYM
    }

    /** One surface form of an actor. */
    public record Entry(String surface, String actorId, Kind kind) {}

    public static final int MAX_TOKENS = 8;
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<String>> bySurname = new HashMap<>();

    void clear() {
        byKey.clear();
        bySurname.clear();
    }

    void add(Entry e) {
        add(e, true);
    }

    /** Adds a surface form; {@code surname} false keeps a person's last name out of the surname lookup. */
    void add(Entry e, boolean surname) {
        String key = key(e.surface());
        if (key.isEmpty()) {
            return;
        }
        List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.actorId().equals(e.actorId()))) {
            list.add(e);
        }
        if (surname && (e.kind() == Kind.NAME || e.kind() == Kind.ALIAS)) {
            String[] parts = key.split(" ");
            if (parts.length >= 2) {
                List<String> ids = bySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>());
                if (!ids.contains(e.actorId())) {
                    ids.add(e.actorId());
                }
            }
        }
    }

    /** Entries for a normalized key, empty when none. */
    public List<Entry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The surname of a surface form: its last token when it has two or more, else null. */
    static String surname(String surface) {
        String[] parts = key(surface).split(" ");
        return parts.length >= 2 ? parts[parts.length - 1] : null;
    }

    /** Ids of people whose name ends in this (normalized) surname. */
    public List<String> bySurname(String normalizedSurname) {
        return bySurname.getOrDefault(normalizedSurname, List.of());
    }

    /** The key of a surface form: normalized, with spaces between the tokens CoreNLP would give. */
    public static String key(String surface) {
        return Names.normalize(surface).replaceAll("^the ", "");
    }
}
