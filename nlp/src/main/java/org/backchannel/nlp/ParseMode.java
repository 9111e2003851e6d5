package org.backchannel.nlp;

/**
 * How {@link CoreNlpParser#parseAll} spends the dependency parser. Either way each document is parsed on
 * its own, documents in parallel, so the per-document limits (sentence length, time) hold.
 */
public enum ParseMode {
    /** Every sentence gets the dependency parse (the way before selective parsing). */
    DOCUMENTS,
    /** A first pass (tokenize … ner) over the document, then the dependency parse only for the sentences the {@link ParseSelector} asks for. */
    SELECTIVE
}
