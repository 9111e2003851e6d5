package org.backchannel.model;

/**
 * A past episode the text invokes ("the Iran-Contra affair") or one found similar by analysis.
 *
 * @param mentioned  true when the text names it
 * @param similarity similarity score when retrieved by analysis, null when only mentioned
 */
public record AnalogMention(String id, String name, boolean mentioned, Double similarity, Evidence evidence) {}
