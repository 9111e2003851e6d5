package org.backchannel.nlp;

import java.util.List;
import org.backchannel.model.Token;

/**
 * Decides from a sentence's first pass (words, POS, lemmas, entity tags; no dependencies yet) whether
 * it needs the dependency parse. Sentences it declines keep their tokens and get no dependencies.
 */
@FunctionalInterface
public interface ParseSelector {
    /** Parses every sentence. */
    ParseSelector ALL = tokens -> true;

    boolean needsParse(List<Token> tokens);
}
