package org.backchannel.model;

import java.util.List;

/** A document with its parsed sentences. */
public record ParsedDocument(Document document, List<ParsedSentence> sentences) {
    public ParsedDocument {
        sentences = List.copyOf(sentences);
    }
}
