package org.backchannel.server.service;

import java.util.List;
import org.backchannel.analysis.ledger.ClaimsLedger;
import org.backchannel.model.Event;
import org.backchannel.store.EventFilter;
import org.backchannel.store.EventPage;
import org.backchannel.store.EventPages;
import org.backchannel.store.workspace.Comment;
import org.backchannel.store.workspace.Review;
import org.backchannel.store.workspace.WorkspaceTables;

/** Reading events: filtered pages, one event with all that bears on it, and the claims ledger. */
public final class EventService {
    private final StorePool pool;

    /**
     * An event with the events that dispute it, the events it disputes, the analysts' reviews (the
     * latest stands) and comments.
     */
    public record EventDetail(
            Event event, List<Event> disputedBy, List<Event> disputes, List<Review> reviews, List<Comment> comments) {}

    public EventService(StorePool pool) {
        this.pool = pool;
    }

    public EventPage page(EventFilter f) {
        return pool.read(s -> new EventPages(s).page(f));
    }

    public EventDetail detail(String id) {
        EventDetail d = pool.read(s -> {
            Event e = s.event(id);
            if (e == null) {
                return null;
            }
            EventPages pages = new EventPages(s);
            WorkspaceTables t = new WorkspaceTables(s);
            return new EventDetail(
                    e,
                    pages.byIds(e.epistemic().disputedBy()),
                    pages.byIds(pages.disputedBy(id)),
                    t.reviews().of(id),
                    t.comments().on("event", id));
        });
        if (d == null) {
            throw ServiceException.notFound("no event '" + id + "'");
        }
        return d;
    }

    public boolean exists(String id) {
        return pool.read(s -> s.event(id) != null);
    }

    /** The events of one document, in sentence order. */
    public List<Event> ofDocument(String documentId) {
        return pool.read(s -> new EventPages(s).ofDocument(documentId));
    }

    public List<ClaimsLedger.Entry> claims(String actor, String country, int limit) {
        return pool.read(s -> ClaimsLedger.read(s, actor, country, limit));
    }
}
