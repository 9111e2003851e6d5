package org.backchannel.coder;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.events.Declined;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;

/**
 * A parsed document with its actor mentions (per sentence), the sentence graphs built over them
 * and the events coded from it; the input of the claims stage, which reuses the graphs.
 *
 * @param day the date roles resolve against: the publication date, or null
 * @param declined words a pattern or two actors pointed at that gave no event, with why (for {@code explain})
 */
public record CodedDocument(
        ParsedDocument parsed,
        LocalDate day,
        List<List<Mention>> mentions,
        List<SentenceGraph> graphs,
        List<Event> events,
        List<Declined> declined) {
    public CodedDocument {
        mentions = List.copyOf(mentions);
        graphs = List.copyOf(graphs);
        events = List.copyOf(events);
        declined = List.copyOf(declined);
    }

    public CodedDocument(
            ParsedDocument parsed,
            LocalDate day,
            List<List<Mention>> mentions,
            List<SentenceGraph> graphs,
            List<Event> events) {
        this(parsed, day, mentions, graphs, events, List.of());
    }

    public CodedDocument withEvents(List<Event> newEvents) {
        return new CodedDocument(parsed, day, mentions, graphs, newEvents, declined);
    }

    /** The graph of sentence {@code index}. */
    public SentenceGraph graph(int index) {
        return graphs.get(index);
    }
}
