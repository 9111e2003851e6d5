package org.backchannel.classifier.training;

import org.backchannel.model.Document;

/**
 * A text of the project's own that training reads, as the pipeline would be given it, with what is
 * known of its events.
 *
 * @param origin pattern, gold or epistemic: where the text comes from, for the report
 */
public record TrainingSentence(String origin, Document document, Labels labels) {
    public String id() {
        return document.id();
    }
}
