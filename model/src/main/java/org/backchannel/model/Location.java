package org.backchannel.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an event happened, as the text names it: the words written, the place they resolve to, and
 * the country it lies in (the PLOVER / ACLED way). Coordinates are WGS84 degrees.
 *
 * @param text       the place as written in the sentence ("Hodeidah", "the Kremlin", "Syria")
 * @param name       the place's canonical name ("Al Ḩudaydah", "Moscow", "Syria"); the text when unresolved
 * @param country    ISO 3166-1 alpha-3 code of the country it lies in (KSV for Kosovo), or null when unresolved
 * @param lat        latitude, or null when unresolved; for {@link Precision#COUNTRY} the capital's
 * @param lon        longitude, or null when unresolved; for {@link Precision#COUNTRY} the capital's
 * @param geonamesId GeoNames id of the point given, or null
 * @param precision  what the point stands for
 */
public record Location(
        String text, String name, String country, Double lat, Double lon, Long geonamesId, Precision precision) {

    /** What a location's point stands for. */
    public enum Precision {
        /** A populated place from the gazetteer: the point is the place. */
        CITY,
        /** A first-level region (a state, province, oblast): the point is its centre. */
        REGION,
        /** A country named as such: the point is its capital (no centroid data is kept). */
        COUNTRY,
        /** Named in the text as a place but not found: no country, no point. */
        UNRESOLVED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The precision a {@link #label()} names. */
        public static Precision parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public Location {
        if (text == null || text.isBlank() || name == null || precision == null) {
            throw new IllegalArgumentException("a location needs its text, a name and a precision");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("latitude and longitude come together");
        }
        if (precision == Precision.UNRESOLVED && (country != null || lat != null)) {
            throw new IllegalArgumentException("an unresolved location has no country and no point");
        }
    }

    /** A place named in the text that no gazetteer entry matched. */
    public static Location unresolved(String text) {
        return new Location(text, text, null, null, null, null, Precision.UNRESOLVED);
    }

    public boolean hasPoint() {
        return lat != null;
    }

    /** The fields in the order and with the names every JSON output gives them (nulls kept). */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("name", name);
        m.put("country", country);
        m.put("lat", lat);
        m.put("lon", lon);
        m.put("geonames_id", geonamesId);
        m.put("precision", precision.label());
        return m;
    }
}
