package org.backchannel.model;

import java.time.LocalDate;

/**
 * A reprint of a story already read: a document whose text is nearly the same as a kept document's
 * (one wire story on another publisher's page), recorded with its source instead of being coded again.
 *
 * @param keptId      the id of the document kept for the story
 * @param keptHash    the content hash of the document kept (stable where ids are renamed on saving)
 * @param id          the copy's own id
 * @param publisher   the host of the copy's URL without "www.", or null when it has no URL
 * @param url         the copy's URL, or null
 * @param origin      where the copy was read from (file, record, feed item)
 * @param title       the copy's headline, or null
 * @param published   the copy's publication date, or null
 * @param contentHash the content hash of the copy's text
 * @param similarity  the exact Jaccard similarity of the two texts' word-shingle sets
 */
public record SyndicatedCopy(
        String keptId,
        String keptHash,
        String id,
        String publisher,
        String url,
        String origin,
        String title,
        LocalDate published,
        String contentHash,
        double similarity)
        implements java.io.Serializable {}
