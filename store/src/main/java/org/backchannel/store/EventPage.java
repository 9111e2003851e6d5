package org.backchannel.store;

import java.util.List;
import org.backchannel.model.Event;

/**
 * One page of an event listing.
 *
 * @param total every event the filters match, over all pages
 * @param next  the cursor of the next page, or null on the last
 */
public record EventPage(List<Event> events, long total, EventCursor next) {
    public EventPage {
        events = List.copyOf(events);
    }
}
