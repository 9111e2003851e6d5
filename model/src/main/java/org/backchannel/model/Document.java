package org.backchannel.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news item after ingest: clean body text plus what the page said about itself.
 *
 * @param id          the input's own id (JSON Lines) or one derived from the file name
 * @param origin      where it was read from (file path, URL, "stdin")
 * @param url         the article's URL where known
 * @param title       headline, or null
 * @param author      byline, or null
 * @param published   publication date, or null when the input gives none
 * @param dateline    the place of the wire dateline as written ("NAIROBI", "LIMA, Peru"), or null; it
 *                    says where the story was filed, which informs the story's country
 * @param agency      the wire agency that signed the story ("Reuters", "Associated Press"), or null; its
 *                    home country says nothing about the story
 * @param text        body text with page furniture, datelines and agency credits removed
 * @param boilerplateRemoved labels of the furniture blocks that were dropped ("You may also like", …)
 * @param contentHash SHA-256 of the normalized body, for idempotent re-ingest
 */
public record Document(
        String id,
        String origin,
        String url,
        String title,
        String author,
        LocalDate published,
        String dateline,
        String agency,
        String text,
        List<String> boilerplateRemoved,
        String contentHash) {
    public Document {
        boilerplateRemoved = List.copyOf(boilerplateRemoved);
    }

    /** The same document under another id (used when two inputs derive the same id). */
    public Document withId(String newId) {
        return new Document(
                newId, origin, url, title, author, published, dateline, agency, text, boilerplateRemoved, contentHash);
    }
}
