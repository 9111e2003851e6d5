package org.backchannel.nlp;

/** How {@link CoreNlpParser#parseAll} spends the dependency parser over a batch of documents. */
public enum ParseMode {
    /** Every annotator per document, documents in parallel (the way before selective parsing). */
    DOCUMENTS,
    /** A first pass per document, then every sentence of the batch parsed in balanced chunks across the cores. */
    BATCHED,
    /** As {@link #BATCHED}, but only the sentences the {@link ParseSelector} asks for are parsed. */
    SELECTIVE
}
