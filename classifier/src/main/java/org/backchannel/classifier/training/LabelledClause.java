package org.backchannel.classifier.training;

/**
 * One training example: a masked clause and its label (a CAMEO root or "none").
 *
 * @param sentence  the id of the text it comes from (the split keeps a text's clauses together)
 * @param codedRoot the root a pattern gave the clause, or null when none did
 * @param heldOut   whether it belongs to the fixed held-out part
 */
public record LabelledClause(
        String sentence, String origin, String text, String label, String codedRoot, boolean heldOut) {}
