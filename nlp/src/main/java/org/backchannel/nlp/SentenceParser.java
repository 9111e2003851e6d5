package org.backchannel.nlp;

import java.util.List;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;

/** Splits documents into sentences with tokens, lemmas, entity tags and dependency graphs. */
public interface SentenceParser {

    ParsedDocument parse(Document document);

    /** Parses many documents, in parallel where the implementation can; order is kept. */
    List<ParsedDocument> parseAll(List<Document> documents, ProgressListener progress);

    /**
     * Parses many documents, adding to {@code problems} each sentence or document skipped for a
     * limit or a parser failure; a document given up is left out of the result, the rest keep their order.
     */
    default List<ParsedDocument> parseAll(
            List<Document> documents, ProgressListener progress, List<org.backchannel.model.IngestProblem> problems) {
        return parseAll(documents, progress);
    }

    /** Told after each document is parsed. */
    interface ProgressListener {
        ProgressListener NONE = (done, total) -> {};

        void parsed(int done, int total);
    }
}
