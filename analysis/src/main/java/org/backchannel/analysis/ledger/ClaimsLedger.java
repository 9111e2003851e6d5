package org.backchannel.analysis.ledger;

import java.util.List;
import org.backchannel.model.Event;
import org.backchannel.store.EventPages;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;

/** The claims ledger: who says what happened, each claim with the stored events that dispute it. */
public final class ClaimsLedger {
    /** A claim and the events that dispute it (disputing events not stored are left out). */
    public record Entry(Event event, List<Event> disputedBy) {}

    private ClaimsLedger() {}

    /** The ledger of an actor or a country (null: everyone), at most {@code limit} claims (0: all). */
    public static List<Entry> read(EventStore store, String actor, String country, int limit) {
        EventPages pages = new EventPages(store);
        return store.ledger(new EventQuery(actor, country, null, null, null, null, null, limit)).stream()
                .map(e -> new Entry(e, pages.byIds(e.epistemic().disputedBy())))
                .toList();
    }
}
