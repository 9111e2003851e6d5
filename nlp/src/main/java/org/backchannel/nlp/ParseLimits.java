package org.backchannel.nlp;

import java.time.Duration;

/**
 * Limits on parsing: a sentence longer than {@code maxSentenceTokens} tokens (a table or list run
 * together, not prose) is left out of its document, and a document still being parsed after
 * {@code maxDocumentTime} is given up; each is reported as a problem and the batch goes on.
 */
public record ParseLimits(int maxSentenceTokens, Duration maxDocumentTime) {
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;
    public static final int DEFAULT_MAX_DOCUMENT_SECONDS = 120;
    public static final ParseLimits DEFAULTS =
            new ParseLimits(DEFAULT_MAX_SENTENCE_TOKENS, Duration.ofSeconds(DEFAULT_MAX_DOCUMENT_SECONDS));

    public ParseLimits {
        if (maxSentenceTokens < 1 || maxDocumentTime.isNegative() || maxDocumentTime.isZero()) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }
}
