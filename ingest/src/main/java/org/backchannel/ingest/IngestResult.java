package org.backchannel.ingest;

import java.util.List;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;

/**
 * What a batch of inputs gave: the documents read, the items that could not be read, the documents
 * skipped as exact copies of one already read, and how each item's bytes were decoded.
 */
public record IngestResult(
        List<Document> documents, List<IngestProblem> problems, List<String> duplicates, List<Decoded> encodings) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
        encodings = List.copyOf(encodings);
    }

    public IngestResult(List<Document> documents, List<IngestProblem> problems, List<String> duplicates) {
        this(documents, problems, duplicates, List.of());
    }
}
