package org.backchannel.nlp;

import java.util.List;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;

/** Splits documents into sentences with tokens, lemmas, entity tags and dependency graphs. */
public interface SentenceParser {

    ParsedDocument parse(Document document);

    /** Parses many documents, in parallel where the implementation can; order is kept. */
    List<ParsedDocument> parseAll(List<Document> documents, ProgressListener progress);

    /** Told after each document is parsed. */
    interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void parsed(int done, int total);
    }
}
