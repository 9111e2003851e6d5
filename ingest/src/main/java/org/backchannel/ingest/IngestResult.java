package org.backchannel.ingest;

import java.util.List;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;

/**
 * What a batch of inputs gave: the documents read, the items that could not be read, and the
 * documents skipped as exact copies of one already read.
 */
public record IngestResult(List<Document> documents, List<IngestProblem> problems, List<String> duplicates) {
    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }
}
