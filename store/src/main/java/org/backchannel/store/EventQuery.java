package org.backchannel.store;

import java.time.LocalDate;

/**
 * Filters for reading events back; null fields do not filter.
 *
 * @param actor   an actor id, or words of a name or mention text, on either side
 * @param country ISO-3 code of either side
 * @param cameo   a CAMEO code or prefix ("04", "046")
 * @param limit   at most this many events, newest first; 0 for all
 */
public record EventQuery(
        String actor,
        String country,
        String cameo,
        LocalDate from,
        LocalDate to,
        String status,
        Boolean secret,
        int limit) {

    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, 0);

    /** A builder-style copy with another limit. */
    public EventQuery withLimit(int n) {
        return new EventQuery(actor, country, cameo, from, to, status, secret, n);
    }
}
