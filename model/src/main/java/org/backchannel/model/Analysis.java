package org.backchannel.model;

import java.util.List;

/** Everything the pipeline reads out of a batch of documents. */
public record Analysis(
        List<ParsedDocument> documents,
        List<Actor> actors,
        List<Event> events,
        List<AnalogMention> analogs,
        List<Warning> warnings,
        List<IngestProblem> problems) {
    public Analysis {
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        analogs = List.copyOf(analogs);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }
}
