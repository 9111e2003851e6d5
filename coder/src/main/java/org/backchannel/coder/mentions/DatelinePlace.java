package org.backchannel.coder.mentions;

import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.places.Gazetteer;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;

/**
 * The country a wire dateline places a story in ("LIMA, Peru", "NAIROBI", "KYIV, Ukraine"): the
 * state named after the comma, else the state whose name or capital the place is, else the town's
 * country in the gazetteer. The agency that signed the story never counts.
 */
final class DatelinePlace {
    private DatelinePlace() {}

    /** ISO-3 code of the dateline's country, or null when it names none a reader could tell. */
    static String country(String dateline, KnowledgeBase kb, Gazetteer gazetteer) {
        if (dateline == null || dateline.isBlank()) {
            return null;
        }
        String[] parts = dateline.split("[,/]");
        for (int k = parts.length - 1; k >= 0; k--) {
            String c = state(parts[k], kb);
            if (c != null) {
                return c;
            }
        }
        return gazetteer
                .resolve(titleCase(parts[0].strip()), List.of())
                .map(p -> p.country())
                .orElse(null);
    }

    private static String state(String words, KnowledgeBase kb) {
        for (NameIndex.Entry e : kb.names().lookup(NameIndex.key(words.strip()))) {
            Actor a = kb.get(e.actorId()).orElse(null);
            if (a != null && a.type() == ActorType.STATE) {
                return a.country();
            }
        }
        return null;
    }

    /** "NAIROBI" as a gazetteer writes it: "Nairobi"; "SAN JOSE" gives "San Jose". */
    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "")
                        .append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return b.toString();
    }
}
