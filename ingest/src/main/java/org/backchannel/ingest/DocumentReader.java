package org.backchannel.ingest;

import java.util.List;
import org.backchannel.model.Document;

/** Reads one input format. A reader may yield several documents (JSON Lines) or one. */
public interface DocumentReader {

    /**
     * @param name    the item's name (file name or "stdin"), used for ids and messages
     * @param content the decoded text of the item
     * @param sink    receives each document read and each problem met inside the item
     */
    void read(String name, String content, Sink sink);

    /** Where a reader puts what it reads. */
    interface Sink {
        void document(Document document);

        void problem(String item, String cause);
    }

    /** Convenience for single-document readers. */
    static Document build(
            String id,
            String origin,
            String url,
            String title,
            String author,
            java.time.LocalDate published,
            String dateline,
            String agency,
            String text,
            List<String> removed) {
        return new Document(
                id,
                origin,
                url,
                title,
                author,
                published,
                dateline,
                agency,
                text,
                removed,
                DocumentIds.contentHash(text));
    }
}
