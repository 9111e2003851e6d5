package org.backchannel.analysis.network;

import java.time.LocalDate;
import java.util.Set;
import org.backchannel.model.Status;

/**
 * Which events a network is built from and at what level.
 *
 * @param countryLevel roll people, groups and organizations up to their country on the event's date
 * @param from         first day, or null
 * @param to           last day, or null
 * @param statuses     statuses to include (empty: all)
 */
public record NetworkView(boolean countryLevel, LocalDate from, LocalDate to, Set<Status> statuses) {
    public static final NetworkView ACTORS = new NetworkView(false, null, null, Set.of());
    public static final NetworkView COUNTRIES = new NetworkView(true, null, null, Set.of());

    /** Asserted, reported and claimed only: what the texts vouch for, not denials or questions. */
    public static Set<Status> factual() {
        return Set.of(Status.ASSERTED, Status.REPORTED, Status.CLAIMED, Status.CORRECTED);
    }
}
