package org.backchannel.coder;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;

/**
 * A parsed document with its actor mentions (per sentence), the sentence graphs built over them
 * and the events coded from it; the input of the claims stage, which reuses the graphs.
 *
 * @param day the date roles resolve against: the publication date, or null
 */
public record CodedDocument(
        ParsedDocument parsed,
        LocalDate day,
        List<List<Mention>> mentions,
        List<SentenceGraph> graphs,
        List<Event> events) {
    public CodedDocument {
        mentions = List.copyOf(mentions);
        graphs = List.copyOf(graphs);
        events = List.copyOf(events);
    }

    public CodedDocument withEvents(List<Event> newEvents) {
        return new CodedDocument(parsed, day, mentions, graphs, newEvents);
    }

    /** The graph of sentence {@code index}. */
    public SentenceGraph graph(int index) {
        return graphs.get(index);
    }
}
