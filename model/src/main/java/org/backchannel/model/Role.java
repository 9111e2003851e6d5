package org.backchannel.model;

import java.time.LocalDate;

/**
 * An office or position held for a span of time.
 *
 * @param from first day in office, or null when unknown
 * @param to   last day in office, or null while still held
 */
public record Role(String title, String country, String agent, LocalDate from, LocalDate to) {

    /** Whether the role was held on {@code day}; an unknown start counts as "always before". */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /**
     * The CAMEO actor code of this role: country followed by agent; null when the country is not
     * known, since a CAMEO code starts with its country.
     */
    public String code() {
        return country == null ? null : country + (agent == null ? "" : agent);
    }
}
