package org.backchannel.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored document as the workspace shows it: what is known about it, and (when read whole) its
 * text and sentences.
 *
 * @param events    how many events were coded from it
 * @param body      its text, or null in a listing
 * @param sentences its sentences with their offsets in {@code body}; empty in a listing
 */
public record StoredDocument(
        String id,
        String title,
        String origin,
        String url,
        String author,
        LocalDate published,
        Instant ingestedAt,
        int sentenceCount,
        int events,
        String body,
        List<Sentence> sentences) {

    /** A sentence of a stored document. */
    public record Sentence(int index, int charStart, int charEnd, String text) {}

    public StoredDocument {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }
}
