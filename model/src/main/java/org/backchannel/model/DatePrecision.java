package org.backchannel.model;

/** How exact an event date is. */
public enum DatePrecision {
    DAY,
    MONTH,
    QUARTER,
    YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
