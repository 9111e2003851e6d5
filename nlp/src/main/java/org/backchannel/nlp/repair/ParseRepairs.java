package org.backchannel.nlp.repair;

import org.backchannel.model.ParsedSentence;

/** Every parse repair, in the order they apply to each parsed sentence. */
public final class ParseRepairs {
    private ParseRepairs() {}

    /** The sentence with its known parser mistakes repaired; the same sentence when it has none. */
    public static ParsedSentence apply(ParsedSentence s) {
        return MatrixConjuncts.repair(GerundObjects.repair(s));
    }
}
