package org.backchannel.model;

/**
 * A stretch of document text, such as the clause a status cue governs.
 *
 * @param charStart offset of its first character in the document text
 * @param charEnd   offset just past its last character
 */
public record TextSpan(String text, int charStart, int charEnd) {}
