package org.backchannel.store;

import java.util.Locale;

/**
 * The orders an event listing can take. Each sorts on one key with the event id as tie-breaker, so a
 * page can resume after the last (key, id) it showed (keyset paging: no rows skipped or repeated when
 * events are added meanwhile). Undated events come last in either direction.
 */
public enum EventSort {
    DATE_DESC("-date", "COALESCE(e.event_date, DATE '0001-01-01')", "DATE", true),
    DATE_ASC("date", "COALESCE(e.event_date, DATE '9999-12-31')", "DATE", false),
    GOLDSTEIN_DESC("-goldstein", "e.goldstein", "DOUBLE", true),
    GOLDSTEIN_ASC("goldstein", "e.goldstein", "DOUBLE", false),
    CONFIDENCE_DESC("-confidence", "COALESCE(e.confidence, -1.0)", "DOUBLE", true),
    CONFIDENCE_ASC("confidence", "COALESCE(e.confidence, -1.0)", "DOUBLE", false);

    private final String label;
    final String key;
    final String type;
    final boolean descending;

    EventSort(String label, String key, String type, boolean descending) {
        this.label = label;
        this.key = key;
        this.type = type;
        this.descending = descending;
    }

    /** The name a request uses: a field, with '-' in front for descending. */
    public String label() {
        return label;
    }

    /** The order named {@code label}, e.g. "-date" or "goldstein". */
    public static EventSort parse(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (EventSort s : values()) {
            if (s.label.equals(l)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown sort '" + label + "': one of date, -date, goldstein, -goldstein, confidence, -confidence");
    }
}
