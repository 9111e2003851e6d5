package org.backchannel.coder;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;

/**
 * A parsed document with its actor mentions (per sentence) and the events coded from it; the input
 * of the claims stage.
 *
 * @param day the date roles resolve against: the publication date, or null
 */
public record CodedDocument(ParsedDocument parsed, LocalDate day, List<List<Mention>> mentions, List<Event> events) {
    public CodedDocument {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }

    public CodedDocument withEvents(List<Event> newEvents) {
        return new CodedDocument(parsed, day, mentions, newEvents);
    }
}
