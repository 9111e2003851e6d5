package org.backchannel.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * The filters, order and page of an event listing; null (or empty) fields do not filter.
 *
 * @param actor      an actor id, or words of a name or mention text, on either side
 * @param country    ISO-3 code of either side
 * @param dyad       two parties (actor ids or country codes), one on each side in either direction; null for none
 * @param cameo      a CAMEO code or prefix ("04", "046")
 * @param ploverType a PLOVER event type ("CONSULT"), any case
 * @param statuses   epistemic statuses ("denied"), any of them
 * @param secret     only secret (true) or only open (false) events
 * @param mediator   "any" for every mediated event, else a mediator's id or part of its name
 * @param text       words that the event's evidence contains
 * @param sort       the order of the listing
 * @param after      where the previous page ended, or null for the first page
 * @param limit      at most this many events (1 or more)
 */
public record EventFilter(
        String actor,
        String country,
        Dyad dyad,
        String cameo,
        String ploverType,
        Set<String> statuses,
        Boolean secret,
        String mediator,
        LocalDate from,
        LocalDate to,
        String text,
        EventSort sort,
        EventCursor after,
        int limit) {

    /** Two parties of a dyad. */
    public record Dyad(String a, String b) {}

    public EventFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? EventSort.DATE_DESC : sort;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more");
        }
    }

    /** Every event, newest first, in pages of {@code limit}. */
    public static EventFilter all(int limit) {
        return new EventFilter(
                null, null, null, null, null, Set.of(), null, null, null, null, null, EventSort.DATE_DESC, null, limit);
    }

    /** This filter from another page on. */
    public EventFilter after(EventCursor cursor) {
        return new EventFilter(
                actor,
                country,
                dyad,
                cameo,
                ploverType,
                statuses,
                secret,
                mediator,
                from,
                to,
                text,
                sort,
                cursor,
                limit);
    }
}
