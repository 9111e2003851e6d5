package org.backchannel.model;

/**
 * A span of document text that a datum rests on.
 *
 * @param document  the document id
 * @param sentence  0-based sentence index
 * @param text      the sentence text
 * @param charStart offset of the span in the document text
 * @param charEnd   offset just past the span
 */
public record Evidence(String document, int sentence, String text, int charStart, int charEnd) {}
