package org.backchannel.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A document like another, with the reasons: what the two share. Ranked by {@code score} (shared
 * events, dyads and actors, weighted by rarity), then by {@code wordScore} (how alike their words are).
 *
 * @param sharedActors actor ids both documents' events involve
 * @param sharedDyads  pairs of actor ids ({@code a~b}, ids in order) both have events between
 * @param sharedEvents CAMEO code between the same ordered pair ({@code 046 usa>ven}) found in both
 */
public record RelatedDocument(
        String documentId,
        String title,
        LocalDate date,
        double score,
        double wordScore,
        List<String> sharedActors,
        List<String> sharedDyads,
        List<String> sharedEvents) {
    public RelatedDocument {
        sharedActors = List.copyOf(sharedActors);
        sharedDyads = List.copyOf(sharedDyads);
        sharedEvents = List.copyOf(sharedEvents);
    }

    /** One line saying why, for people: "shares events 046 usa>ven; dyads usa~ven; actors usa, ven". */
    public String why() {
        StringBuilder b = new StringBuilder();
        if (!sharedEvents.isEmpty()) {
            b.append("shares events ").append(String.join(", ", sharedEvents));
        }
        if (!sharedDyads.isEmpty()) {
            b.append(b.isEmpty() ? "shares dyads " : "; dyads ").append(String.join(", ", sharedDyads));
        }
        if (!sharedActors.isEmpty()) {
            b.append(b.isEmpty() ? "shares actors " : "; actors ").append(String.join(", ", sharedActors));
        }
        return b.isEmpty() ? "similar words only" : b.toString();
    }
}
