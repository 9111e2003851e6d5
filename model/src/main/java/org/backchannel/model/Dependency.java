package org.backchannel.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param governor  0-based index of the head token, or -1 for the root
 * @param dependent 0-based index of the dependent token
 * @param relation  the relation with its case marker, e.g. "nsubj", "obl:with", "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: "obl:with" gives "obl". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon ("with" for "obl:with"), or "" when none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
